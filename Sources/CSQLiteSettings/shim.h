#ifndef VIGIL_CSQLITESETTINGS_SHIM_H
#define VIGIL_CSQLITESETTINGS_SHIM_H

/* sqlite3_config is variadic, which Swift cannot call: the process-wide settings the ledger makes before
   SQLite starts are wrapped here. */
#include <sqlite3.h>

/* Stops SQLite counting the memory it allocates (SQLITE_CONFIG_MEMSTATUS = 0). Counting takes a global
   mutex on every allocation and free; Vigil never reads the counts. SQLITE_MISUSE once SQLite has
   started, when it changes nothing. */
static inline int vigil_sqlite_stop_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

#endif
