// libxml2's HTML and XML parsers and its tree, for web pages and feeds.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with the ICU copy inside
// Foundation when both are imported. Parallax never touches the converter
// structs those headers describe, so libxml2 is read here without them.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

// xmlFree is a global function pointer, which Swift 6 sees as shared mutable state.
static inline void parallax_xml_free(void *pointer) { xmlFree(pointer); }
