/// What the cleaning rules look at in one line of text.
struct LineFeatures {
    /// The trimmed line.
    let text: String
    /// Lowercased, bullets and trailing punctuation removed, white space folded:
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

    init(text: String, indented: Bool) {
        self.text = text
        var body = Substring(text)
        let bullets: Set<Character> = ["•", "·", "▪", "◦", "‣", "–", "-", "*", "►", "▸"]
        if let first = body.first, bullets.contains(first), body.dropFirst().first?.isWhitespace == true {
            isBullet = true
            body = body.dropFirst().drop(while: { $0.isWhitespace })
        } else {
            isBullet = false
        }
        isIndented = indented
        words = body.split(whereSeparator: { $0.isWhitespace })
        var letters = 0, digits = 0
        for scalar in body.unicodeScalars {
            if scalar.isLetter { letters += 1 } else if scalar.isDigit { digits += 1 }
        }
        letterCount = letters
        digitCount = digits
        wordCount = words.filter { $0.unicodeScalars.contains(where: { $0.isLetter }) }.count
        var end = body.unicodeScalars.endIndex
        let scalars = body.unicodeScalars
        while end > scalars.startIndex, scalars[scalars.index(before: end)].isClosingPunctuation {
            end = scalars.index(before: end)
        }
        endsSentence = end > scalars.startIndex && scalars[scalars.index(before: end)].isSentenceFinal
        var folded = words.joined(separator: " ").lowercased()
        while let last = folded.unicodeScalars.last, !last.isAlphanumeric { folded.unicodeScalars.removeLast() }
        key = folded
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
