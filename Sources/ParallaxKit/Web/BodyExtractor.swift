/// Finds the article in a page. The page is cut into text blocks; each
/// block weighs for or against the elements holding it (running text for,
/// links and furniture against), and the article is the element whose
/// blocks weigh most: the smallest one that takes in the article's
/// paragraphs, however many sibling containers they are spread over, while
/// leaving out menus, link lists and furniture around them. Inside it,
/// furniture, link lists and the headline are dropped and furniture lines at
/// either end trimmed.
enum BodyExtractor {
    static func blocks(in root: HTMLNode, metadata: PageMetadata) -> [ExtractedDocument.Block] {
        var page = PageBlocks(root)
        guard !page.blocks.isEmpty else { return [] }
        page.markFurniture(runningText: runningText)
        guard let container = stated(metadata.articleBody, in: page) ?? container(in: page) else { return [] }
        let element = page.elements[container]
        var kept: [PageBlocks.Block] = []
        for block in page.blocks[element.firstBlock..<element.endBlock] where keeps(block) {
            kept.append(block)
        }
        kept = withoutHeadline(kept, title: metadata.title)
        kept = FurnitureLines.trimmed(kept)
        return kept.map { ExtractedDocument.Block($0.kind, $0.text) }
    }

    /// Every block of an HTML fragment that is all article, such as a feed
    /// item's `content:encoded`: nothing is judged furniture.
    static func contentBlocks(in fragment: HTMLNode) -> [ExtractedDocument.Block] {
        PageBlocks(fragment, judging: false).blocks.map { ExtractedDocument.Block($0.kind, $0.text) }
    }

    // MARK: - Choosing the container

    /// How much a block looks like running text, before furniture is known:
    /// its length outside links when it reads as prose.
    static func runningText(_ block: PageBlocks.Block) -> Int {
        guard block.kind == .body || block.kind == .blockquote, block.heading == 0 else { return 0 }
        guard block.linkDensity < 0.5 else { return 0 }
        return isProse(block) ? block.length - block.linkLength : 0
    }

    /// A block long enough, or ending like a sentence, to be a paragraph.
    static func isProse(_ block: PageBlocks.Block) -> Bool {
        if block.length >= 80 { return true }
        guard block.length >= 25, let last = block.text.unicodeScalars.last else { return false }
        return ".!?:;\u{201D}\"\u{2019})…。！？」』）".unicodeScalars.contains(last)
    }

    /// What a block adds to (or takes from) the elements that hold it.
    static func weight(_ block: PageBlocks.Block) -> Double {
        let length = Double(block.length)
        // Furniture and links count half against: enough to keep a container
        // from reaching out to menus and link lists, not so much that an
        // inline box splits the article around it.
        if block.inFurniture { return -0.5 * length }
        if block.kind == .caption || block.heading > 0 { return 0 }
        if block.linkDensity >= 0.5 { return -0.5 * length }
        let prose = runningText(block)
        if prose > 0 { return Double(prose) - 0.5 * Double(block.linkLength) }
        // Short lines that are not links (labels, dates, table cells, list
        // items) are neutral: they neither pull a container in nor push it out.
        return 0
    }

    /// The element whose blocks weigh most, unless the page marks its
    /// article (`itemprop="articleBody"`, class names such as
    /// "article-body"): then the element holding all the marked parts
    /// that carry text, when it holds a fair share of the best's weight.
    static func container(in page: PageBlocks) -> Int? {
        var prefix = [0.0]
        prefix.reserveCapacity(page.blocks.count + 1)
        for block in page.blocks { prefix.append(prefix.last! + weight(block)) }
        func score(_ index: Int) -> Double {
            prefix[page.elements[index].endBlock] - prefix[page.elements[index].firstBlock]
        }
        var best: Int?
        var bestScore = 0.0
        var marked: [(index: Int, score: Double)] = []
        for (index, element) in page.elements.enumerated() where element.endBlock > element.firstBlock {
            let score = score(index)
            if element.cue == .article, score > 0 { marked.append((index, score)) }
            if score > bestScore {
                best = index
                bestScore = score
            }
        }
        guard let best else { return nil }
        let strongest = marked.map(\.score).max() ?? 0
        let parts = marked.filter { $0.score >= strongest * 0.1 }.map(\.index)
        guard var holder = parts.first else { return best }
        for part in parts.dropFirst() { holder = page.commonAncestor(holder, part) }
        if page.contains(holder, best) { return score(best) > score(holder) ? best : holder }
        return score(holder) >= 0.2 * bestScore ? holder : best
    }

    /// The element holding the blocks of the page's JSON-LD `articleBody`,
    /// when the page gives one and its blocks carry a good part of it.
    /// (The text itself is not used: it is often cut short or flattened.)
    static func stated(_ articleBody: String?, in page: PageBlocks) -> Int? {
        guard let articleBody, articleBody.utf8.count >= 200 else { return nil }
        let shingles = TextShingles(articleBody)
        var holder: Int?
        var matched = 0
        for block in page.blocks where runningText(block) > 0 && shingles.coverage(of: block.text) >= 0.5 {
            matched += block.length
            holder = holder.map { page.commonAncestor($0, block.element) } ?? block.element
        }
        let statedLength = articleBody.unicodeScalars.reduce(0) { $0 + ($1.isSpace ? 0 : 1) }
        return matched * 2 >= statedLength ? holder : nil
    }

    // MARK: - Inside the container

    static func keeps(_ block: PageBlocks.Block) -> Bool {
        if block.inFurniture { return false }
        if block.linkDensity > 0.5 { return false }
        if looksLikeMarkup(block.text) { return false }
        return true
    }

    /// Markup left as text (an escaped tracking pixel, a template).
    static func looksLikeMarkup(_ text: String) -> Bool {
        text.utf8.first == UInt8(ascii: "<") && text.utf8.last == UInt8(ascii: ">")
    }

    /// The headline is the article's title paragraph: an h1, or a first
    /// block that repeats the title, is not also body text.
    static func withoutHeadline(_ blocks: [PageBlocks.Block], title: String?) -> [PageBlocks.Block] {
        let titleKey = title.map(comparable)
        return blocks.enumerated().filter { index, block in
            if block.heading == 1 { return false }
            if index < 3, let titleKey, block.heading > 0 || block.length < 300, comparable(block.text) == titleKey {
                return false
            }
            return true
        }.map(\.element)
    }

    /// Text compared without case, spaces or punctuation.
    static func comparable(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar.isLetter || scalar.isDigit {
            out.append(TextSearch.fold(scalar))
        }
        return String(out)
    }
}
