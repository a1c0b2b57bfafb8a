import CLibXML2
import Foundation

/// One node of a web page, copied out of libxml2's tree so that the rest of
/// Parallax works on Swift values: an element with its (lower-case) name,
/// attributes and children, or a run of text.
///
/// Comments, processing instructions and the text of `<script>`, `<style>`
/// and `<noscript>` are dropped while copying, except JSON-LD scripts, whose
/// text the metadata reader needs.
public final class HTMLNode {
    public enum Kind: Sendable { case element, text }

    public let kind: Kind
    /// The element's name in lower case; "#text" for text.
    public let name: String
    public private(set) var attributes: [(name: String, value: String)] = []
    public private(set) var children: [HTMLNode] = []
    /// The text of a text node; empty for an element.
    public let text: String
    public private(set) weak var parent: HTMLNode?

    init(element name: String) {
        kind = .element
        self.name = name
        text = ""
    }

    init(text: String) {
        kind = .text
        name = "#text"
        self.text = text
    }

    /// The value of an attribute (names are matched in lower case).
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The element children only.
    public var elements: [HTMLNode] { children.filter { $0.kind == .element } }

    /// Every descendant element named `name`, in document order.
    public func descendants(named name: String) -> [HTMLNode] {
        var found: [HTMLNode] = []
        func walk(_ node: HTMLNode) {
            for child in node.children where child.kind == .element {
                if child.name == name { found.append(child) }
                walk(child)
            }
        }
        walk(self)
        return found
    }

    /// The first descendant element named `name`.
    public func first(named name: String) -> HTMLNode? {
        for child in children where child.kind == .element {
            if child.name == name { return child }
            if let found = child.first(named: name) { return found }
        }
        return nil
    }

    /// All the text under this node, as written (white space not folded).
    public var textContent: String {
        if kind == .text { return text }
        var out = ""
        func walk(_ node: HTMLNode) {
            for child in node.children {
                if child.kind == .text { out += child.text } else { walk(child) }
            }
        }
        walk(self)
        return out
    }

    func append(_ child: HTMLNode) {
        child.parent = self
        children.append(child)
    }

    func setAttributes(_ list: [(name: String, value: String)]) { attributes = list }
}

/// Parsing with libxml2.
public enum HTMLParser {
    /// Elements whose text is never article text.
    static let dropped: Set<String> = ["script", "style", "noscript", "template", "svg", "math", "iframe", "object"]

    /// Parses an HTML page with libxml2's error-tolerant parser. `encoding`
    /// is an IANA charset name ("UTF-8", "windows-1252"); nil lets libxml2
    /// decide from the page. Returns the root element, or nil when the bytes
    /// hold no markup libxml2 can read.
    public static func parse(_ data: Data, encoding: String?) -> HTMLNode? {
        guard !data.isEmpty else { return nil }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document: htmlDocPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return htmlReadMemory(base, Int32(clamping: raw.count), nil, encoding, options)
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        return copy(root, depth: 0)
    }

    /// Parses an XML document (a feed) with libxml2's XML parser, recovering
    /// from errors. Element names keep their prefix ("content:encoded").
    public static func parseXML(_ data: Data) -> HTMLNode? {
        guard !data.isEmpty else { return nil }
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        let document: xmlDocPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return xmlReadMemory(base, Int32(clamping: raw.count), nil, nil, options)
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        return copy(root, depth: 0, keepScripts: true)
    }

    /// Deeper than this, the rest of a branch is dropped (libxml2 itself
    /// stops at 256 levels without XML_PARSE_HUGE).
    static let maxDepth = 512

    private static func copy(_ node: xmlNodePtr, depth: Int, keepScripts: Bool = false) -> HTMLNode {
        let element = HTMLNode(element: qualifiedName(node))
        var attributes: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let a = attribute {
            let name = String(cString: a.pointee.name).lowercased()
            var value = ""
            if let text = xmlNodeListGetString(node.pointee.doc, a.pointee.children, 1) {
                value = String(cString: text)
                parallax_xml_free(text)
            }
            attributes.append((name, value))
            attribute = a.pointee.next
        }
        element.setAttributes(attributes)
        guard depth < maxDepth else { return element }
        let isScript = !keepScripts && dropped.contains(element.name)
        let isJSONLD = element.name == "script"
            && (element.attribute("type")?.lowercased().contains("ld+json") ?? false)
        if isScript && !isJSONLD { return element }
        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE:
                element.append(copy(c, depth: depth + 1, keepScripts: keepScripts))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content { element.append(HTMLNode(text: String(cString: content))) }
            case XML_ENTITY_REF_NODE:
                if let content = xmlNodeGetContent(c) {
                    element.append(HTMLNode(text: String(cString: content)))
                    parallax_xml_free(content)
                }
            default:
                break
            }
            child = c.pointee.next
        }
        return element
    }

    private static func qualifiedName(_ node: xmlNodePtr) -> String {
        let local = String(cString: node.pointee.name).lowercased()
        if let ns = node.pointee.ns, let prefix = ns.pointee.prefix {
            return String(cString: prefix).lowercased() + ":" + local
        }
        return local
    }
}
