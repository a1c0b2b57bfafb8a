/// A page's text cut into blocks (paragraphs, headings, list items, cells,
/// quotations, captions) in reading order, with the block-level elements
/// that hold them. Each element holds a contiguous run of blocks, so the
/// text of any subtree is a range of `blocks`: scoring a candidate
/// container is a difference of prefix sums, not a walk.
struct PageBlocks {
    struct Block {
        var kind: ExtractedDocument.Block.Kind
        /// The text on one line, white space folded.
        var text: String
        /// Characters other than white space.
        var length: Int
        /// Characters other than white space inside links.
        var linkLength: Int
        /// 1–6 for the text of h1–h6, else 0.
        var heading: Int
        var isListItem: Bool
        /// The innermost element (an index into `elements`) holding the block.
        var element: Int
        /// Inside an element whose name, role or tag marks page furniture.
        var inFurniture = false

        var linkDensity: Double { length == 0 ? 0 : Double(linkLength) / Double(length) }
    }

    /// A block-level element.
    struct Element {
        var name: String
        /// The nearest block-level ancestor, or -1.
        var parent: Int
        var cue: NameCue
        /// Its blocks are `blocks[firstBlock..<endBlock]`.
        var firstBlock: Int
        var endBlock: Int
    }

    var blocks: [Block] = []
    var elements: [Element] = []

    /// Elements whose content is never article text.
    static let skipped: Set<String> = [
        "head", "title", "button", "select", "option", "input", "textarea", "label", "canvas", "video", "audio",
        "picture", "img", "source", "map", "embed", "meta", "link",
    ]
    /// Elements that end a block of text.
    static let blockElements: Set<String> = [
        "html", "body", "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
        "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "table", "tr", "td", "th", "tbody",
        "thead", "tfoot", "header", "footer", "nav", "aside", "menu", "dialog", "form", "fieldset", "center",
        "address", "caption", "details", "summary", "hr", "br",
    ]
    /// Elements that are furniture whatever their class says.
    static let furnitureElements: Set<String> = ["nav", "aside", "footer", "header", "menu", "dialog"]
    /// Elements whose class names say nothing about furniture: the page's
    /// own (`<body class="... footer-widgets ...">` describes the layout) and
    /// table rows and cells (a "player" or "date" column is data).
    static let unjudged: Set<String> = ["html", "body", "tbody", "thead", "tfoot", "tr", "td", "th"]
    /// Inline elements that stay inside a sentence even with a class name.
    static let phrasing: Set<String> = [
        "a", "b", "i", "em", "strong", "u", "s", "sup", "sub", "small", "mark", "abbr", "cite", "q", "code",
        "time", "font",
    ]

    /// Whether element `outer` is `inner` or one of its ancestors.
    func contains(_ outer: Int, _ inner: Int) -> Bool {
        var e = inner
        while e > outer { e = elements[e].parent }
        return e == outer
    }

    /// The nearest element holding both.
    func commonAncestor(_ a: Int, _ b: Int) -> Int {
        var a = a, b = b
        while a != b {
            if a > b { a = elements[a].parent } else { b = elements[b].parent }
        }
        return a
    }

    /// Reads the tree under `root`. With `judging` false, names and tags
    /// mark nothing as furniture (a fragment that is all article).
    init(_ root: HTMLNode, judging: Bool = true) {
        var collector = Collector(judging: judging)
        collector.open(root, cue: .none)
        collector.walk(root)
        collector.close()
        blocks = collector.blocks
        elements = collector.elements
    }

    /// Elements that say they are furniture but hold most of the page's
    /// running text are not (a page builder's "widget-wrap" around the
    /// article, "<div class=content-sidebar>" around everything); the others
    /// mark their blocks.
    mutating func markFurniture(runningText: (Block) -> Int) {
        let total = blocks.reduce(0) { $0 + runningText($1) }
        var prefix = [0]
        prefix.reserveCapacity(blocks.count + 1)
        for block in blocks { prefix.append(prefix.last! + runningText(block)) }
        var depth = [Int](repeating: 0, count: blocks.count + 1)
        for element in elements where element.cue == .furniture && element.endBlock > element.firstBlock {
            let held = prefix[element.endBlock] - prefix[element.firstBlock]
            if total > 0, held * 2 > total { continue }
            depth[element.firstBlock] += 1
            depth[element.endBlock] -= 1
        }
        var open = 0
        for i in blocks.indices {
            open += depth[i]
            blocks[i].inFurniture = open > 0
        }
    }

    /// The walk over the tree that cuts the blocks.
    private struct Collector {
        let judging: Bool
        var blocks: [Block] = []
        var elements: [Element] = []
        var stack: [Int] = []
        var cueCache: [String: NameCue] = [:]
        var text = String.UnicodeScalarView()
        var length = 0
        var linkLength = 0
        var pendingSpace = false
        var linkDepth = 0
        var heading = 0
        var quoteDepth = 0
        var captionDepth = 0
        var listItemDepth = 0
        var figureDepth = 0

        init(judging: Bool) { self.judging = judging }

        mutating func flush() {
            defer {
                text = String.UnicodeScalarView()
                length = 0
                linkLength = 0
                pendingSpace = false
            }
            guard length > 0 else { return }
            let string = String(text)
            let kind: ExtractedDocument.Block.Kind = captionDepth > 0 || (figureDepth > 0 && quoteDepth == 0) ? .caption
                : heading >= 2 ? .subhead : quoteDepth > 0 ? .blockquote
                : judging && PageBlocks.endsWithPhotoCredit(string) ? .caption : .body
            blocks.append(Block(kind: kind, text: string, length: length, linkLength: linkLength,
                                heading: heading, isListItem: listItemDepth > 0, element: stack.last ?? -1))
        }

        mutating func append(_ string: String) {
            let inLink = linkDepth > 0
            for scalar in string.unicodeScalars {
                if scalar.isSpace {
                    if length > 0 { pendingSpace = true }
                    continue
                }
                if pendingSpace {
                    text.append(" ")
                    pendingSpace = false
                }
                text.append(scalar)
                length += 1
                if inLink { linkLength += 1 }
            }
        }

        mutating func open(_ node: HTMLNode, cue: NameCue) {
            elements.append(Element(name: node.name, parent: stack.last ?? -1, cue: cue,
                                    firstBlock: blocks.count, endBlock: blocks.count))
            stack.append(elements.count - 1)
        }

        mutating func close() {
            elements[stack.removeLast()].endBlock = blocks.count
        }

        mutating func walk(_ node: HTMLNode) {
            for child in node.children {
                if child.kind == .text {
                    append(child.text)
                    continue
                }
                let name = child.name
                if name == "br" || name == "hr" {
                    flush()
                    continue
                }
                if PageBlocks.skipped.contains(name) || HTMLParser.dropped.contains(name) { continue }
                var cue = NameCue.none
                if judging {
                    if PageBlocks.isHidden(child) { continue }
                    if !PageBlocks.unjudged.contains(name) { cue = NameCues.cue(of: child, cache: &cueCache) }
                    if cue == .none, PageBlocks.furnitureElements.contains(name) { cue = .furniture }
                }
                let isBlock = PageBlocks.blockElements.contains(name) || name.utf8.contains(UInt8(ascii: "-"))
                    || (cue != .none && !PageBlocks.phrasing.contains(name))
                if isBlock {
                    flush()
                    open(child, cue: cue)
                }
                let level = PageBlocks.headingLevel(name)
                let outerHeading = heading
                if level > 0 { heading = level }
                if name == "a" { linkDepth += 1 }
                if name == "blockquote" { quoteDepth += 1 }
                if name == "figcaption" || name == "caption" { captionDepth += 1 }
                if name == "figure" { figureDepth += 1 }
                if name == "li" || name == "dd" || name == "dt" { listItemDepth += 1 }
                walk(child)
                if isBlock {
                    flush()
                    close()
                }
                heading = outerHeading
                if name == "a" { linkDepth -= 1 }
                if name == "blockquote" { quoteDepth -= 1 }
                if name == "figcaption" || name == "caption" { captionDepth -= 1 }
                if name == "figure" { figureDepth -= 1 }
                if name == "li" || name == "dd" || name == "dt" { listItemDepth -= 1 }
            }
        }
    }

    /// A short block that ends with a picture credit ("... (Image: Getty)",
    /// "Photo by ...") is a caption wherever it sits.
    static func endsWithPhotoCredit(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count < 500 else { return false }
        let tail = String(decoding: utf8.suffix(60), as: UTF8.self).lowercased()
        return BoilerplateCues.photoCreditPhrases.occurs(in: tail)
    }

    static func headingLevel(_ name: String) -> Int {
        let utf8 = name.utf8
        guard utf8.count == 2, utf8.first == UInt8(ascii: "h"), let digit = utf8.last,
              digit >= UInt8(ascii: "1"), digit <= UInt8(ascii: "6") else { return 0 }
        return Int(digit - UInt8(ascii: "0"))
    }

    /// "display: none" or "visibility: hidden" in an inline style (case
    /// and spaces ignored), read as bytes.
    static func hidesElement(style: String) -> Bool {
        var squeezed: [UInt8] = []
        squeezed.reserveCapacity(style.utf8.count)
        for byte in style.utf8 where byte != 0x20 && byte != 0x09 && byte != 0x0A {
            squeezed.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        for cue in hidingStyles where squeezed.count >= cue.count {
            for start in 0...(squeezed.count - cue.count) where NameCues.startsWith(squeezed, cue, at: start) {
                return true
            }
        }
        return false
    }
    static let hidingStyles = ["display:none", "visibility:hidden"].map { Array($0.utf8) }

    /// Hidden by an attribute or an inline style.
    static func isHidden(_ node: HTMLNode) -> Bool {
        for attribute in node.attributes {
            switch attribute.name {
            case "hidden": return true
            case "aria-hidden": if attribute.value == "true" { return true }
            case "style":
                if hidesElement(style: attribute.value) { return true }
            default: break
            }
        }
        return false
    }
}
