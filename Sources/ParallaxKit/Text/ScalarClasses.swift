/// Character classes used by the text rules, with ASCII fast paths: the
/// Unicode property look-ups are only paid for non-ASCII text.
///
/// The look-ups themselves are in functions never inlined (`Unicode`'s
/// property types are resilient: a function that holds one, inlined, makes
/// room for each of them on the stack at every call, ASCII or not). That
/// room took two thirds of the instructions of `Tokenizer.scanWord`, which
/// runs once a word.
extension Unicode.Scalar {
    /// U+2010-U+2027: dashes, curly quotes, bullets, the ellipsis. Most of
    /// the non-ASCII scalars of English text, and neither space, letter nor
    /// digit: the classes answer for them without a property look-up.
    @inline(__always) var isDashQuoteOrBullet: Bool { value >= 0x2010 && value <= 0x2027 }

    @inline(__always) public var isSpace: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        if isDashQuoteOrBullet { return false }
        return value == 0xFEFF || Self.isWhitespaceProperty(self)
    }

    @inline(__always) public var isLetter: Bool {
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        if isDashQuoteOrBullet { return false }
        return Self.isAlphabeticProperty(self)
    }

    @inline(__always) public var isDigit: Bool {
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        if isDashQuoteOrBullet { return false }
        return Self.isDecimalProperty(self)
    }

    @inline(__always) public var isAlphanumeric: Bool { isLetter || isDigit }

    @inline(__always) public var isUppercaseLetter: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return Self.isUppercaseProperty(self)
    }

    @inline(__always) public var isLowercaseLetter: Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return Self.isLowercaseProperty(self)
    }

    /// A combining mark that takes no space of its own (general category
    /// Mn): it belongs to the word before it.
    @inline(__always) var isNonspacingMark: Bool { value >= 0x300 && Self.isNonspacingMarkProperty(self) }

    @inline(never) static func isWhitespaceProperty(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }
    @inline(never) static func isAlphabeticProperty(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }
    @inline(never) static func isDecimalProperty(_ s: Unicode.Scalar) -> Bool { s.properties.numericType == .decimal }
    @inline(never) static func isUppercaseProperty(_ s: Unicode.Scalar) -> Bool { s.properties.isUppercase }
    @inline(never) static func isLowercaseProperty(_ s: Unicode.Scalar) -> Bool { s.properties.isLowercase }
    @inline(never) static func isNonspacingMarkProperty(_ s: Unicode.Scalar) -> Bool {
        s.properties.generalCategory == .nonspacingMark
    }

    /// Marks that open a quotation or parenthetical before a sentence starts.
    public var isOpeningPunctuation: Bool {
        switch value {
        case 0x22, 0x27, 0x28, 0x5B, 0x201C, 0x2018, 0xAB, 0x2039: return true
        default: return false
        }
    }

    /// Marks that may follow a sentence's final punctuation and belong to it.
    public var isClosingPunctuation: Bool {
        switch value {
        case 0x22, 0x27, 0x29, 0x5D, 0x201D, 0x2019, 0xBB, 0x203A: return true
        default: return false
        }
    }

    /// Sentence-final punctuation: . ! ? and the ellipsis character.
    public var isSentenceFinal: Bool {
        value == 0x2E || value == 0x21 || value == 0x3F || value == 0x2026
    }

    /// Apostrophes and connectors that may stand inside a word.
    public var isWordInternalApostrophe: Bool { value == 0x27 || value == 0x2019 }
    public var isHyphen: Bool { value == 0x2D || value == 0x2010 || value == 0x2011 }
}
