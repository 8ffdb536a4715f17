// Render includes this domain header, so it is rightly public.
#pragma once
