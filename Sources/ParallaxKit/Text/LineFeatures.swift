/// What the cleaning rules look at in one line of text, computed in one pass
/// over its scalars (no grapheme breaking, no Foundation: this runs on every
/// line of every file).
struct LineFeatures {
    /// The trimmed line.
    let text: String
    /// Lowercased, bullet and trailing punctuation removed, white space folded:
    /// the key for cue lists and for spotting repeated lines.
    let key: String
    /// White-space separated words (bullet removed).
    let words: [Substring]
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

    /// Lines longer than this (in scalars) keep their text as key.
    static let foldedKeyLength = 200

    static let bullets: Set<Unicode.Scalar> = ["•", "·", "▪", "◦", "‣", "–", "-", "*", "►", "▸"]

    init(text: String, indented: Bool) {
        self.text = text
        isIndented = indented
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        if let first = scalars.first, Self.bullets.contains(first) {
            let next = scalars.index(after: start)
            if next < scalars.endIndex, scalars[next].isSpace {
                start = next
                while start < scalars.endIndex, scalars[start].isSpace { start = scalars.index(after: start) }
            }
        }
        isBullet = start != scalars.startIndex

        var words: [Substring] = []
        // A long prose line is only ever compared whole (to spot a repeat): its text is its key,
        // and no folded copy is built.
        let foldKey = text.utf8.count <= Self.foldedKeyLength  // bytes bound scalars, and counting them is O(1)
        var key: [UInt8] = []  // UTF-8 of the key; a String is made once at the end
        if foldKey { key.reserveCapacity(text.utf8.count) }
        func append(_ scalar: Unicode.Scalar) {
            guard foldKey else { return }
            if scalar.value < 0x80 { key.append(UInt8(scalar.value)) } else { key.append(contentsOf: scalar.utf8) }
        }
        var letters = 0, digits = 0, lettered = 0
        var wordStart: String.UnicodeScalarView.Index? = nil
        var wordHasLetter = false
        var i = start
        while i < scalars.endIndex {
            let c = scalars[i]
            if c.isSpace {
                if let ws = wordStart {
                    words.append(Substring(scalars[ws..<i]))
                    if wordHasLetter { lettered += 1 }
                    wordStart = nil
                    if foldKey { key.append(0x20) }
                }
            } else {
                if wordStart == nil { wordStart = i; wordHasLetter = false }
                if c.isLetter {
                    letters += 1
                    wordHasLetter = true
                    if !foldKey {
                        // no key to build
                    } else if c.value < 0x80 {
                        key.append(UInt8(c.isUppercaseLetter ? c.value + 32 : c.value))
                    } else if c.properties.isUppercase {
                        c.properties.lowercaseMapping.unicodeScalars.forEach(append)
                    } else {
                        append(c)
                    }
                } else {
                    if c.isDigit { digits += 1 }
                    append(c)
                }
            }
            i = scalars.index(after: i)
        }
        if let ws = wordStart {
            words.append(Substring(scalars[ws..<scalars.endIndex]))
            if wordHasLetter { lettered += 1 }
        }
        if foldKey {
            var folded = String(decoding: key, as: UTF8.self)
            while let last = folded.unicodeScalars.last, !last.isAlphanumeric { folded.unicodeScalars.removeLast() }
            self.key = folded
        } else {
            self.key = text
        }
        self.words = words
        letterCount = letters
        digitCount = digits
        wordCount = lettered

        var end = scalars.endIndex
        while end > start, scalars[scalars.index(before: end)].isClosingPunctuation { end = scalars.index(before: end) }
        endsSentence = end > start && scalars[scalars.index(before: end)].isSentenceFinal
    }

    /// Prose: a line long enough, or sentence-like enough, to be article text
    /// on its own.
    var isProse: Bool { wordCount >= 10 || (wordCount >= 5 && endsSentence) }

    /// "Reporter: Today?" or "Trump: ...": a speaker label of one to three
    /// capitalised words followed by a colon.
    var isTranscriptTurn: Bool {
        guard let colon = words.prefix(3).firstIndex(where: { $0.hasSuffix(":") }) else { return false }
        let label = words[...colon]
        return label.allSatisfy { $0.first?.isUppercase == true } && words.count > colon + 1
    }
}

extension String {
    /// Substring search over UTF-8 bytes: exact, and much cheaper than
    /// Foundation's locale-aware `contains`.
    func containsBytes(_ needle: String) -> Bool { Array(utf8).containsBytes(needle) }
}

extension Array where Element == UInt8 {
    /// True when these UTF-8 bytes contain those of `needle`.
    func containsBytes(_ needle: String) -> Bool {
        let hay = self, pin = Array(needle.utf8)
        guard !pin.isEmpty else { return true }
        guard hay.count >= pin.count else { return false }
        let first = pin[0]
        var i = 0
        let last = hay.count - pin.count
        while i <= last {
            if hay[i] == first {
                var j = 1
                while j < pin.count, hay[i + j] == pin[j] { j += 1 }
                if j == pin.count { return true }
            }
            i += 1
        }
        return false
    }
}
