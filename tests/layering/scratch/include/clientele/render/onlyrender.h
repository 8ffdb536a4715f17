// Only src/render includes this header, so the public-header check must report it.
#pragma once
