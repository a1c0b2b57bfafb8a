/// What the cleaning rules look at in one line of text, computed in one pass
/// over the source's scalars (no decoding, no grapheme breaking, no
/// Foundation: this runs on every line of every file).
struct LineFeatures {
    /// The trimmed line.
    let text: String
    /// Lowercased, bullet and trailing punctuation removed, white space folded:
    /// the key for cue lists and for spotting repeated lines.
    let key: String
    /// Words that contain a letter.
    let wordCount: Int
    let letterCount: Int
    let digitCount: Int
    /// Ends with . ! ? … (possibly followed by closing quotes or brackets).
    let endsSentence: Bool
    /// Starts with a bullet such as "•" or "-".
    let isBullet: Bool
    /// Starts with at least two spaces or a tab in the file.
    let isIndented: Bool
    private let source: SourceText
    /// Where the white-space separated words are (bullet removed); their
    /// strings are made only for the few rules that read them.
    private let wordRanges: [TextRange]

    /// White-space separated words (bullet removed).
    var words: LazyMapCollection<[TextRange], String> { wordRanges.lazy.map { source[$0] } }

    /// Lines longer than this (in scalars) keep their text as key.
    static let foldedKeyLength = 200

    static let bullets: Set<Unicode.Scalar> = ["•", "·", "▪", "◦", "‣", "–", "-", "*", "►", "▸"]

    /// The features of `range` (a trimmed line) of `source`.
    init(source: SourceText, range: TextRange, indented: Bool) {
        self.source = source
        text = source[range]
        isIndented = indented
        let s = source.scalars

        // Words: pieces between white space; a lone bullet before other words is not one.
        var ranges: [TextRange] = []
        var i = range.start
        while i < range.end {
            while i < range.end, s[i].isSpace { i += 1 }
            guard i < range.end else { break }
            let start = i
            while i < range.end, !s[i].isSpace { i += 1 }
            ranges.append(TextRange(start, i))
        }
        if ranges.count > 1, ranges[0].length == 1, Self.bullets.contains(s[ranges[0].start]) {
            ranges.removeFirst()
            isBullet = true
        } else {
            isBullet = false
        }
        wordRanges = ranges

        // Counts and the folded key, in one pass. A long prose line is only ever compared
        // whole (to spot a repeat): its text is its key.
        let body = TextRange(ranges.first?.start ?? range.end, range.end)
        let foldKey = body.length <= Self.foldedKeyLength
        var key: [UInt8] = []
        if foldKey { key.reserveCapacity(body.length) }
        var letters = 0, digits = 0, lettered = 0
        var inWord = false, wordHasLetter = false
        for c in s[body.start..<body.end] {
            if c.isSpace {
                if inWord {
                    if wordHasLetter { lettered += 1 }
                    inWord = false
                    if foldKey { key.append(0x20) }
                }
                continue
            }
            if !inWord { inWord = true; wordHasLetter = false }
            if c.isLetter {
                letters += 1
                wordHasLetter = true
                guard foldKey else { continue }
                if c.value < 0x80 {
                    key.append(UInt8(c.isUppercaseLetter ? c.value + 32 : c.value))
                } else if c.properties.isUppercase {
                    for l in c.properties.lowercaseMapping.unicodeScalars { key.append(contentsOf: l.utf8) }
                } else {
                    key.append(contentsOf: c.utf8)
                }
            } else {
                if c.isDigit { digits += 1 }
                if foldKey { if c.value < 0x80 { key.append(UInt8(c.value)) } else { key.append(contentsOf: c.utf8) } }
            }
        }
        if inWord && wordHasLetter { lettered += 1 }
        letterCount = letters
        digitCount = digits
        wordCount = lettered
        // Ends like a sentence: the last scalar that is not a closing quote or bracket is . ! ? …
        var end = range.end
        while end > range.start, s[end - 1].isClosingPunctuation { end -= 1 }
        endsSentence = end > range.start && s[end - 1].isSentenceFinal

        if foldKey {
            // Trailing punctuation off the bytes before the string is made.
            while let last = key.last, last < 0x80, !Unicode.Scalar(last).isAlphanumeric { key.removeLast() }
            var folded = String(decoding: key, as: UTF8.self)
            while let last = folded.unicodeScalars.last, !last.isAlphanumeric { folded.unicodeScalars.removeLast() }
            self.key = folded
        } else {
            self.key = text
        }
    }

    /// Prose: a line long enough, or sentence-like enough, to be article text
    /// on its own.
    var isProse: Bool { wordCount >= 10 || (wordCount >= 5 && endsSentence) }

    /// "Reporter: Today?" or "Trump: ...": a speaker label of one to three
    /// capitalised words followed by a colon.
    var isTranscriptTurn: Bool {
        let s = source.scalars
        guard let colon = wordRanges.prefix(3).firstIndex(where: { s[$0.end - 1] == ":" }) else { return false }
        return wordRanges[...colon].allSatisfy { s[$0.start].isUppercaseLetter } && wordRanges.count > colon + 1
    }
}
