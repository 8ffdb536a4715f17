// Deliberately wrong: domain must not include storage (see ../../CMakeLists.txt).
#include "clientele/storage/workspacefile.h"
