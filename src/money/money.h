// The money module's public surface: exact amounts in euros and cents,
// fixed-decimal quantities, exact rates, named roundings, French parsing,
// formatting and amounts in words. No binary floating point anywhere.
#pragma once

#include "money/amount.h"
#include "money/format.h"
#include "money/parse.h"
#include "money/quantity.h"
#include "money/rate.h"
#include "money/rounding.h"
#include "money/words.h"
