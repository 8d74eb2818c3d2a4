#ifndef VIGIL_CZLIB_SHIM_H
#define VIGIL_CZLIB_SHIM_H

/* zlib writes and reads the GZIP stream a W3C Bitstring Status List's encodedList holds. */
#include <zlib.h>

#endif
