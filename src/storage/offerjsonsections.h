#pragma once

#include "jsonsection.h"

namespace clientele {

// The "offers" and "proposals" sections of the workspace JSON (docs/json-format.md). Both are
// optional on import: a document written before offers existed imports with none.
JsonSection offersJsonSection();
JsonSection proposalsJsonSection();

} // namespace clientele
