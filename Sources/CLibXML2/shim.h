// libxml2 for DiligenceImport.
//
// Debian builds libxml2 with ICU, whose headers clash with the ICU Foundation bundles: the
// version header is read first, the ICU switch is turned off, and only then the other headers.
#ifndef DILIGENCE_CLIBXML2_SHIM_H
#define DILIGENCE_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlreader.h>
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>

/// `xmlFree` is a macro over a global function pointer; Swift cannot call it directly.
static inline void diligence_xmlFree(void *p) { xmlFree(p); }

#endif
