import Foundation

/// FNV-1a, 64 bits: the index's content hash of a file and of a set of
/// furniture keys, and the reader's key of an article's text. Cheap beside
/// analysis, and stable across runs (Swift's `Hasher` is seeded per process).
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    mutating func add(_ data: Data) {
        var h = value
        data.withUnsafeBytes { raw in
            for b in raw { h = (h ^ UInt64(b)) &* Self.prime }
        }
        value = h
    }

    /// The string's UTF-8 bytes, then a separator no UTF-8 byte equals, so
    /// that a list of strings hashes apart from their concatenation.
    mutating func add(_ string: String) {
        var h = value
        for b in string.utf8 { h = (h ^ UInt64(b)) &* Self.prime }
        h = (h ^ 0xFF) &* Self.prime
        value = h
    }

    /// `add(String(number))` without making the String: the decimal
    /// digits' bytes (after a minus sign), then the separator.
    mutating func add(decimal number: Int) {
        var h = value
        if number < 0 { h = (h ^ 0x2D) &* Self.prime }
        let n = number.magnitude
        var power: UInt = 1
        while power <= n / 10 { power *= 10 }
        repeat {
            h = (h ^ UInt64(n / power % 10 + 0x30)) &* Self.prime
            power /= 10
        } while power > 0
        h = (h ^ 0xFF) &* Self.prime
        value = h
    }

    /// The value's eight bytes (a number hashed without formatting it).
    mutating func add(_ number: UInt64) {
        var h = value
        for shift in stride(from: 0, to: 64, by: 8) { h = (h ^ (number >> UInt64(shift) & 0xFF)) &* Self.prime }
        value = h
    }

    /// The text's UTF-8 encoding, read from its scalars without building a String.
    mutating func add(_ text: SourceText) {
        add(text, TextRange(0, text.count))
    }

    /// The UTF-8 encoding of the text's `range`.
    mutating func add(_ text: SourceText, _ range: TextRange) {
        var h = value
        text.scalars.withUnsafeBufferPointer { all in
            for s in all[range.start..<range.end] {
                let v = s.value
                if v < 0x80 {
                    h = (h ^ UInt64(v)) &* Self.prime
                } else {
                    for unit in s.utf8 { h = (h ^ UInt64(unit)) &* Self.prime }
                }
            }
        }
        value = h
    }

    static func hash(_ data: Data) -> UInt64 {
        var h = FNV1a()
        h.add(data)
        return h.value
    }
}
