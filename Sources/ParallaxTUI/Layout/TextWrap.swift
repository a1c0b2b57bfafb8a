import ParallaxKit

/// Word wrapping by display width over a range of source text.
enum TextWrap {
    /// Splits `range` of `text` into lines at most `width` columns wide,
    /// breaking at white space (a word longer than a line is cut). Each line
    /// is a source range, without the spaces it broke at.
    static func wrap(_ text: SourceText, _ range: TextRange, width: Int) -> [TextRange] {
        guard width > 0 else { return [] }
        let string = text[range]
        // Grapheme clusters with their start offsets, in scalars from range.start.
        var characters: [(character: Character, offset: Int, width: Int)] = []
        var offset = range.start
        for c in string {
            characters.append((c, offset, DisplayWidth.of(c)))
            offset += c.unicodeScalars.count
        }
        let end = range.end
        var lines: [TextRange] = []
        var i = 0
        while i < characters.count {
            while i < characters.count, characters[i].character.isWhitespace { i += 1 }
            guard i < characters.count else { break }
            let lineStart = i
            var used = 0
            var lastBreak: Int? = nil  // index of a space where the line may end
            var j = i
            while j < characters.count {
                let c = characters[j]
                if c.character.isWhitespace { lastBreak = j }
                let w = c.character == "\t" ? 1 : c.width
                if used + w > width, !c.character.isWhitespace {
                    break
                }
                used += w
                j += 1
            }
            var lineEnd: Int
            if j >= characters.count {
                lineEnd = characters.count
            } else if let b = lastBreak, b > lineStart {
                lineEnd = b
            } else {
                lineEnd = max(j, lineStart + 1)  // a word longer than the line: cut it
            }
            var trimmedEnd = lineEnd
            while trimmedEnd > lineStart, characters[trimmedEnd - 1].character.isWhitespace { trimmedEnd -= 1 }
            let startOffset = characters[lineStart].offset
            let endOffset = trimmedEnd < characters.count ? characters[trimmedEnd].offset : end
            lines.append(TextRange(startOffset, endOffset))
            i = lineEnd
        }
        return lines
    }

    /// A plain string wrapped the same way, as strings.
    static func lines(_ string: String, width: Int) -> [String] {
        if let lines = asciiLines(string, width: width) { return lines }
        let text = SourceText(string)
        return wrap(text, text.fullRange, width: width).map { text[$0] }
    }

    /// `lines` for printable ASCII, as most headlines are: a byte a column
    /// and the space the only white space, so the same lines come without
    /// measuring each character (the outlets view wraps a headline of every
    /// event an outlet covered: 60,000 lines at 100,000 articles).
    static func asciiLines(_ string: String, width: Int) -> [String]? {
        let bytes = Array(string.utf8)
        guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        guard width > 0 else { return [] }
        let space: UInt8 = 0x20
        var lines: [String] = []
        var i = 0
        while i < bytes.count {
            while i < bytes.count, bytes[i] == space { i += 1 }
            guard i < bytes.count else { break }
            let start = i
            var lastBreak: Int? = nil
            var j = i
            while j < bytes.count {
                if bytes[j] == space { lastBreak = j } else if j - start + 1 > width { break }
                j += 1
            }
            var end = bytes.count
            if j < bytes.count { end = lastBreak.map { $0 > start ? $0 : max(j, start + 1) } ?? max(j, start + 1) }
            var trimmed = end
            while trimmed > start, bytes[trimmed - 1] == space { trimmed -= 1 }
            lines.append(String(decoding: bytes[start..<trimmed], as: UTF8.self))
            i = end
        }
        return lines
    }
}
