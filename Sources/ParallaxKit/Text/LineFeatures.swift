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
    /// White-space separated words (bullet removed), with a letter or not.
    let pieceCount: Int
    /// Every white-space separated word is a media player time code ("0:00",
    /// "0:00:56"; see `LineClassifier.isTimecode`): true for a line without words.
    let isAllTimecodes: Bool
    /// "Reporter: Today?" or "Trump: ...": a speaker label of one to three
    /// capitalised words followed by a colon.
    let isTranscriptTurn: Bool
    /// `LineClassifier.punctuationCount(key)`, counted as the key is made.
    let keyPunctuation: Int
    /// `LineClassifier.punctuationCount(text)` without spaces and controls.
    let printedPunctuation: Int
    /// "(left)", "(L)": see `LineClassifier.hasPictureSide`.
    let hasPictureSide: Bool
    private let source: SourceText
    /// From the first word (bullet removed) to the end of the line: the words
    /// are read from it when a rule needs one, and never all kept (a line may
    /// be a whole paragraph of millions of words).
    private let wordSpan: TextRange

    /// The first white-space separated word (bullet removed).
    var firstWord: String? {
        let s = source.scalars
        var end = wordSpan.start
        while end < wordSpan.end, !s[end].isSpace { end += 1 }
        return end > wordSpan.start ? source[TextRange(wordSpan.start, end)] : nil
    }

    /// The last `n` white-space separated words (bullet removed), in order.
    func lastWords(_ n: Int) -> [String] {
        let s = source.scalars
        var words: [String] = []
        var i = wordSpan.end
        while words.count < n {
            while i > wordSpan.start, s[i - 1].isSpace { i -= 1 }
            guard i > wordSpan.start else { break }
            let end = i
            while i > wordSpan.start, !s[i - 1].isSpace { i -= 1 }
            words.append(source[TextRange(i, end)])
        }
        return words.reversed()
    }

    /// Lines longer than this (in scalars) keep their text as key.
    static let foldedKeyLength = 200

    static let bullets: Set<Unicode.Scalar> = ["•", "·", "▪", "◦", "‣", "–", "-", "*", "►", "▸"]

    /// The features of `range` (a trimmed line) of `source`.
    init(source: SourceText, range: TextRange, indented: Bool) {
        self.source = source
        text = source[range]
        isIndented = indented
        let s = source.scalars

        // Words are pieces between white space; a lone bullet before other words is not one.
        var first = range.start
        while first < range.end, s[first].isSpace { first += 1 }
        var firstEnd = first
        while firstEnd < range.end, !s[firstEnd].isSpace { firstEnd += 1 }
        var second = firstEnd
        while second < range.end, s[second].isSpace { second += 1 }
        if firstEnd - first == 1, second < range.end, Self.bullets.contains(s[first]) {
            isBullet = true
            first = second
        } else {
            isBullet = false
        }
        let body = TextRange(first, range.end)
        wordSpan = body

        // Counts and the folded key, in one pass. A long prose line is only ever compared
        // whole (to spot a repeat): its text is its key.
        let foldKey = body.length <= Self.foldedKeyLength
        var key: [UInt8] = []
        if foldKey { key.reserveCapacity(body.length) }
        var letters = 0, digits = 0, lettered = 0, pieces = 0
        // Scalars `punctuationCount` counts, as spaces and controls (0x00-0x20) and the rest.
        var low = 0, printed = 0
        var sawParenthesis = false
        var inWord = false, wordHasLetter = false
        for c in s[body.start..<body.end] {
            if c.isSpace {
                if c.value <= 0x20 { low += 1 }
                if inWord {
                    if wordHasLetter { lettered += 1 }
                    inWord = false
                    if foldKey { key.append(0x20) }
                }
                continue
            }
            if !inWord { inWord = true; wordHasLetter = false; pieces += 1 }
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
                if c.value < 0x41 {
                    if c.value <= 0x20 {
                        low += 1
                    } else if c.value < 0x3B || c.value > 0x3E {
                        printed += 1
                        if c.value == 0x28 { sawParenthesis = true }
                        else if c.value >= 0x30 && c.value <= 0x39 { digits += 1 }
                    }
                } else if c.value >= 0x80 && c.isDigit {
                    digits += 1
                }
                if foldKey { if c.value < 0x80 { key.append(UInt8(c.value)) } else { key.append(contentsOf: c.utf8) } }
            }
        }
        if inWord && wordHasLetter { lettered += 1 }
        letterCount = letters
        digitCount = digits
        wordCount = lettered
        pieceCount = pieces
        // The bullet and the white space after it are in the text, not in the key.
        for c in s[range.start..<body.start] where c.value < 0x41 {
            if c.value <= 0x20 { low += 1 } else if c.value < 0x3B || c.value > 0x3E { printed += 1 }
        }
        printedPunctuation = printed
        // Ends like a sentence: the last scalar that is not a closing quote or bracket is . ! ? …
        var end = range.end
        while end > range.start, s[end - 1].isClosingPunctuation { end -= 1 }
        endsSentence = end > range.start && s[end - 1].isSentenceFinal

        // A word with a letter is no time code: only a line without letters is read again.
        isAllTimecodes = letters == 0 && Self.allTimecodes(s, body)
        isTranscriptTurn = Self.opensWithSpeaker(s, body, pieces: pieces)
        hasPictureSide = sawParenthesis && LineClassifier.hasPictureSide(text)

        if foldKey {
            // Trailing punctuation off the bytes before the string is made (the bytes are
            // UTF-8 this loop encoded, so the last scalar decodes from its lead byte on).
            while let last = key.last {
                if last < 0x80 {
                    guard !Unicode.Scalar(last).isAlphanumeric else { break }
                    key.removeLast()
                    continue
                }
                var lead = key.count - 1
                while key[lead] & 0xC0 == 0x80 { lead -= 1 }
                var decoder = UTF8()
                var bytes = key[lead...].makeIterator()
                guard case .scalarValue(let scalar) = decoder.decode(&bytes), !scalar.isAlphanumeric else { break }
                key.removeSubrange(lead...)
            }
            keyPunctuation = key.reduce(0) { count, byte in
                byte < 0x41 && (byte < 0x3B || byte > 0x3E) ? count + 1 : count
            }
            self.key = String(decoding: key, as: UTF8.self)
        } else {
            keyPunctuation = printed + low
            self.key = text
        }
    }

    /// Whether one of the first three words of `span` (which has `pieces`
    /// words) ends in a colon, it and the words before it are capitalised,
    /// and a word follows.
    private static func opensWithSpeaker(_ s: [Unicode.Scalar], _ span: TextRange, pieces: Int) -> Bool {
        var i = span.start, words = 0, capitalised = true
        while words < 3 {
            while i < span.end, s[i].isSpace { i += 1 }
            guard i < span.end else { return false }
            capitalised = capitalised && s[i].isUppercaseLetter
            while i < span.end, !s[i].isSpace { i += 1 }
            words += 1
            if s[i - 1] == ":" { return capitalised && pieces > words }
        }
        return false
    }

    /// Whether every white-space separated word of `span` is made of ASCII
    /// digits and colons with at least one colon: `LineClassifier.isTimecode`
    /// of each, as such a word's scalars are its Characters.
    private static func allTimecodes(_ s: [Unicode.Scalar], _ span: TextRange) -> Bool {
        var inWord = false, sawColon = false
        for c in s[span.start..<span.end] {
            if c.isSpace {
                if inWord && !sawColon { return false }
                inWord = false
            } else if c == ":" || (c.value >= 0x30 && c.value <= 0x39) {
                if !inWord { inWord = true; sawColon = false }
                if c == ":" { sawColon = true }
            } else {
                return false
            }
        }
        return !inWord || sawColon
    }

    /// Prose: a line long enough, or sentence-like enough, to be article text
    /// on its own.
    var isProse: Bool { wordCount >= 10 || (wordCount >= 5 && endsSentence) }
}
