// The calendar module's public surface: dates, periods, French parsing and
// formatting. Time is always passed in: nothing here reads the clock.
#pragma once

#include "calendar/date.h"
#include "calendar/format.h"
#include "calendar/parse.h"
#include "calendar/period.h"
