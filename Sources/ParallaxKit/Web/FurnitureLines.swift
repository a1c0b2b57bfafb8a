/// Lines of page furniture that sit inside an article's container with no
/// class name to give them away: "Advertisement", "Share this article",
/// sign-up pitches, copyright lines, and the bylines, credits and "Read
/// more" links that close a story. Judged by their words, which are the
/// same on every site (`BoilerplateCues`).
enum FurnitureLines {
    /// Drops furniture lines anywhere, then the short non-sentence lines
    /// and closing credits at the end of the article.
    static func trimmed(_ blocks: [PageBlocks.Block]) -> [PageBlocks.Block] {
        var kept = blocks.filter { !isFurniture($0) }
        // A heading such as "Related stories" after the article's text ends it.
        let total = kept.reduce(0) { $0 + $1.length }
        var seen = 0
        for (index, block) in kept.enumerated() {
            if seen * 2 > total, block.length < 40, BoilerplateCues.footerMarkers.contains(key(block.text)) {
                kept.removeSubrange(index...)
                break
            }
            seen += block.length
        }
        while let last = kept.last, isClosing(last) { kept.removeLast() }
        while let first = kept.first, isOpening(first) { kept.removeFirst() }
        return kept
    }

    /// A line that is furniture wherever it stands.
    static func isFurniture(_ block: PageBlocks.Block) -> Bool {
        guard block.length <= 160 else { return false }
        // A rule of underscores or dashes.
        if !block.text.unicodeScalars.contains(where: { $0.isLetter || $0.isDigit }) { return true }
        let key = key(block.text)
        if promoLabels.contains(key) { return true }
        if key.utf8.count <= BoilerplateCues.longestLineCue,
           BoilerplateCues.navigation.contains(key) || BoilerplateCues.player.contains(key) {
            return true
        }
        return block.kind != .subhead && BoilerplateCues.promoPhrases.occurs(in: key)
    }

    /// A line that, at the end of an article, is not part of it: a credit
    /// ("Reporting by ..."), a byline or date line, or a short label that
    /// is not a sentence.
    static func isClosing(_ block: PageBlocks.Block) -> Bool {
        if block.kind == .caption { return true }
        let key = key(block.text)
        if block.length < 200, BoilerplateCues.closingCredits.startsWord(of: key) || creditEndings.occurs(in: key) {
            return true
        }
        if block.length < 120, closingPrefixes.contains(where: key.hasPrefix) { return true }
        if block.heading > 0 { return true }
        return false
    }

    /// A line before the article's text that is not part of it: a byline,
    /// a date line, a caption.
    static func isOpening(_ block: PageBlocks.Block) -> Bool {
        if block.kind == .caption { return true }
        let key = key(block.text)
        if block.length < 120, openingPrefixes.contains(where: key.hasPrefix) { return true }
        return false
    }

    /// Labels over promoted links.
    static let promoLabels: Set<String> = [
        "don't miss", "don’t miss", "read next", "also read", "must read", "watch next", "more stories",
        "we recommend", "recommended reading", "more to read", "up next", "what to read next",
    ]
    /// "... contributed to this report": the credit line closing a story.
    static let creditEndings = PhraseList(["contributed to this report", "contributed reporting", "contributed to this story"])

    static let closingPrefixes = [
        "by ", "posted ", "published ", "updated ", "filed under", "tags:", "tagged ", "topics:", "share ",
        "read more", "more:", "related:", "see also", "follow ", "contact ", "write to ", "email ", "photo:",
        "image:", "source:", "sources:", "(c) ", "copyright", "©", "this article ", "this story ",
    ]
    static let openingPrefixes = [
        "by ", "posted ", "published ", "updated ", "last updated", "photo:", "image:", "share ", "advertisement",
    ]

    /// A line compared without case and without closing punctuation.
    static func key(_ text: String) -> String {
        var lower = text.lowercased()
        while let last = lower.unicodeScalars.last, last == ":" || last == "." || last == "!" || last == "»"
            || last == "›" || last == ">" || last == " " {
            lower.unicodeScalars.removeLast()
        }
        return lower
    }
}
