#pragma once

// Every request body the client builds: machine create/update and volume create/update.
#include "api/values/machinerequests.h"
#include "api/values/volumerequests.h"
