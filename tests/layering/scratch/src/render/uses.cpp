// Render's own header and a domain header: the public-header check must report only the first.
#include "clientele/domain/shared.h"
#include "clientele/render/onlyrender.h"
