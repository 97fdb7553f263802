#pragma once

#include "record/loader.h"

/// The bundled sample record (the full example of the Graph "Get callRecord" page).
LoadResult loadBundledSample();
QString bundledSampleName();
