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
        // Words: split on ASCII white space over the UTF-8 bytes (cheap, no index checks).
        var words = text.utf8.split(whereSeparator: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }).map { Substring($0) }
        if let first = words.first, first.unicodeScalars.count == 1, Self.bullets.contains(first.unicodeScalars.first!),
           words.count > 1 {
            words.removeFirst()
            isBullet = true
        } else {
            isBullet = false
        }
        self.words = words

        // Counts, the folded key and the sentence ending, in one pass over the scalars.
        // A long prose line is only ever compared whole (to spot a repeat): its text is its key.
        let foldKey = text.utf8.count <= Self.foldedKeyLength  // bytes bound scalars, and counting them is O(1)
        var key: [UInt8] = []
        if foldKey { key.reserveCapacity(text.utf8.count) }
        var letters = 0, digits = 0, lettered = 0
        var inWord = false, wordHasLetter = false, skippingBullet = isBullet
        for c in text.unicodeScalars {
            if skippingBullet {
                if !c.isSpace && !Self.bullets.contains(c) { skippingBullet = false } else { continue }
            }
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
        var end = text.unicodeScalars.endIndex
        while end > text.unicodeScalars.startIndex, text.unicodeScalars[text.unicodeScalars.index(before: end)].isClosingPunctuation {
            end = text.unicodeScalars.index(before: end)
        }
        endsSentence = end > text.unicodeScalars.startIndex
            && text.unicodeScalars[text.unicodeScalars.index(before: end)].isSentenceFinal

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
        guard let colon = words.prefix(3).firstIndex(where: { $0.utf8.last == UInt8(ascii: ":") }) else { return false }
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
