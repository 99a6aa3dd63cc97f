// The password form's checks, before anything is sent (the server checks again).

export interface PasswordForm {
  current_password: string;
  password: string;
  confirmation: string;
}

export const PASSWORD_FIELDS = ['current_password', 'password', 'confirmation'] as const;
export const MINIMUM_PASSWORD_LENGTH = 10;

export function checkPasswordForm(form: PasswordForm): Partial<Record<keyof PasswordForm, string>> {
  const errors: Partial<Record<keyof PasswordForm, string>> = {};
  if (!form.current_password) errors.current_password = 'Saisissez votre mot de passe actuel.';
  if ([...form.password].length < MINIMUM_PASSWORD_LENGTH) {
    errors.password = `Mot de passe trop court : au moins ${MINIMUM_PASSWORD_LENGTH} caractères.`;
  } else if (form.password === form.current_password) {
    errors.password = 'Le nouveau mot de passe doit différer de l’actuel.';
  }
  if (!errors.password && form.confirmation !== form.password) {
    errors.confirmation = 'Les deux saisies du nouveau mot de passe diffèrent.';
  }
  return errors;
}
