import { describe, expect, it } from 'vitest';
import { checkPasswordForm } from '../src/account';
import { href, parseRoute } from '../src/route';

describe('password form', () => {
  it('asks for the current password, ten characters and the same confirmation', () => {
    expect(checkPasswordForm({ current_password: '', password: 'court', confirmation: '' })).toEqual({
      current_password: 'Saisissez votre mot de passe actuel.',
      password: 'Mot de passe trop court : au moins 10 caractères.',
    });
    expect(checkPasswordForm({ current_password: 'ancien-mot-de-passe', password: 'nouveau-mot-de-passe', confirmation: 'autre' }))
      .toEqual({ confirmation: 'Les deux saisies du nouveau mot de passe diffèrent.' });
    expect(checkPasswordForm({ current_password: 'identique-123', password: 'identique-123', confirmation: 'identique-123' }).password)
      .toMatch(/différer/);
    expect(checkPasswordForm({ current_password: 'ancien-mot-de-passe', password: 'nouveau-mot-de-passe', confirmation: 'nouveau-mot-de-passe' }))
      .toEqual({});
  });

  it('counts characters, not UTF-16 units', () => {
    // Ten characters, two of them outside the BMP.
    expect(checkPasswordForm({ current_password: 'x', password: 'abcdefgh😀😀', confirmation: 'abcdefgh😀😀' })).toEqual({});
  });

  it('routes #/compte to the account screen', () => {
    expect(parseRoute(href.account())).toEqual({ name: 'account' });
  });
});
