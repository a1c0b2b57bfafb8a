/// Finds the article in a page, the way Readability does: the page is read
/// into text blocks (paragraphs, headings, list items, quotations,
/// captions), each block's text scores the elements that hold it, the best
/// holder is the article, and within it blocks that are mostly links or sit
/// in share bars, related-links boxes and the like are left out.
enum BodyExtractor {
    /// One block of text in the page, with the elements it sits in.
    struct TextBlock {
        let kind: ExtractedDocument.Block.Kind
        let text: String
        let linkLength: Int
        /// The block's element and its ancestors, nearest first.
        let ancestors: [ObjectIdentifier]
        let boilerplateAncestor: Bool

        var length: Int { text.count }
        var linkDensity: Double { length == 0 ? 1 : Double(linkLength) / Double(length) }
    }

    /// Elements that never hold the article's text.
    static let skipped: Set<String> = [
        "nav", "footer", "aside", "form", "button", "select", "input", "textarea", "label", "head", "menu",
        "dialog", "canvas", "video", "audio", "picture", "img", "source", "map",
    ]
    /// Elements that end a block of text.
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "table", "tr", "td", "th", "tbody",
        "thead", "header", "br", "hr", "center", "address", "caption",
    ]
    /// Words in class and id names that mark furniture.
    static let negativeNames = [
        "comment", "share", "social", "related", "recommend", "newsletter", "subscribe", "promo", "advert",
        "sponsor", "sidebar", "widget", "breadcrumb", "cookie", "consent", "popup", "modal", "masthead",
        "footer", "header", "menu", "nav", "byline", "author", "tags", "signup", "paywall", "outbrain", "taboola",
        "most-popular", "trending", "read-more", "readmore", "more-stories", "hidden", "print",
    ]
    /// Words in class and id names that mark the article.
    static let positiveNames = ["article", "story", "content", "entry", "post", "body", "text", "main"]

    static func blocks(in root: HTMLNode, metadata: PageMetadata) -> [ExtractedDocument.Block] {
        let textBlocks = collect(root)
        guard !textBlocks.isEmpty else { return [] }

        // Score the holders of each paragraph-like block.
        var scores: [ObjectIdentifier: Double] = [:]
        for block in textBlocks where block.kind == .body && block.length >= 25 && !block.boilerplateAncestor {
            let score = (1 + Double(block.text.filter { $0 == "," }.count) + min(Double(block.length) / 100, 3))
                * (1 - block.linkDensity)
            if block.ancestors.count > 1 { scores[block.ancestors[1], default: 0] += score }
            if block.ancestors.count > 2 { scores[block.ancestors[2], default: 0] += score / 2 }
        }
        guard let best = scores.max(by: { $0.value < $1.value })?.key else { return [] }

        var out: [ExtractedDocument.Block] = []
        for block in textBlocks where block.ancestors.contains(best) && !block.boilerplateAncestor {
            if block.kind == .body, block.linkDensity > 0.5 { continue }
            if block.kind == .subhead, block.linkDensity > 0.5 { continue }
            out.append(ExtractedDocument.Block(block.kind, block.text))
        }
        return out
    }

    /// Every block of an HTML fragment that is all article, such as a feed
    /// item's `content:encoded`: nothing is judged furniture.
    static func contentBlocks(in fragment: HTMLNode) -> [ExtractedDocument.Block] {
        collect(fragment).map { ExtractedDocument.Block($0.kind, $0.text) }
    }

    /// The page's text blocks in reading order.
    static func collect(_ root: HTMLNode) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var text = ""
        var linkLength = 0
        var path: [HTMLNode] = []
        var furniture = 0

        func flush() {
            let folded = LineClassifier.fold(text)
            if !folded.isEmpty, let holder = path.last {
                let kind = kind(of: path)
                blocks.append(TextBlock(kind: kind, text: folded, linkLength: min(linkLength, folded.count),
                                        ancestors: path.reversed().map(ObjectIdentifier.init),
                                        boilerplateAncestor: furniture > 0))
                _ = holder
            }
            text = ""
            linkLength = 0
        }

        func walk(_ node: HTMLNode, inLink: Bool) {
            for child in node.children {
                if child.kind == .text {
                    text += child.text
                    if inLink { linkLength += child.text.count }
                    continue
                }
                if skipped.contains(child.name) || HTMLParser.dropped.contains(child.name) || isHidden(child) {
                    continue
                }
                let isBlock = blockElements.contains(child.name)
                if isBlock {
                    flush()
                    path.append(child)
                }
                let isFurniture = isBlock && hasNegativeName(child)
                if isFurniture { furniture += 1 }
                walk(child, inLink: inLink || child.name == "a")
                if isBlock {
                    flush()
                    path.removeLast()
                } else if child.name == "br" {
                    flush()
                }
                if isFurniture { furniture -= 1 }
            }
        }
        path.append(root)
        walk(root, inLink: false)
        flush()
        return blocks
    }

    static func kind(of path: [HTMLNode]) -> ExtractedDocument.Block.Kind {
        for node in path.reversed() {
            switch node.name {
            case "h2", "h3", "h4", "h5", "h6": return .subhead
            case "blockquote": return .blockquote
            case "figcaption", "caption": return .caption
            default: continue
            }
        }
        return .body
    }

    static func isHidden(_ node: HTMLNode) -> Bool {
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        if let style = node.attribute("style")?.lowercased().replacingOccurrences(of: " ", with: ""),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        return false
    }

    static func hasNegativeName(_ node: HTMLNode) -> Bool {
        let names = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        guard names.count > 1 else { return false }
        if positiveNames.contains(where: names.contains), !names.contains("comment") { return false }
        return negativeNames.contains(where: names.contains)
    }
}
