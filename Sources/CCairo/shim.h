#ifndef VIGIL_CCAIRO_SHIM_H
#define VIGIL_CCAIRO_SHIM_H

/* cairo draws the certificate's page into a PDF; pango lays out and shapes its text (HarfBuzz, fribidi,
   fontconfig's fallback), so names in any script, right-to-left included, come out right. */
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#endif
