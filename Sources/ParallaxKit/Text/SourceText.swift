/// The text of a source file as an array of Unicode scalars.
///
/// Offsets everywhere in Parallax are indices into `scalars`, so slicing is
/// O(1) and every range maps back to the file exactly (see `TextRange`).
public struct SourceText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        var string = string
        scalars = string.withUTF8 { Self.decode(utf8: $0)! }  // a String's UTF-8 is valid
    }

    /// A text of these scalars.
    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// The scalars of `utf8`, or nil where it is not UTF-8 (a text stored
    /// in the index whose bytes were damaged): decoded straight from the
    /// bytes, not through a String first.
    init?(utf8: UnsafeBufferPointer<UInt8>) {
        guard let scalars = Self.decode(utf8: utf8) else { return nil }
        self.scalars = scalars
    }

    /// The scalars of `utf8`, counted first and then decoded in one pass
    /// (an `Array` of a String's `unicodeScalars` walks them twice, to count
    /// and to copy: 84 ms of reading a 20 MB file, on one core); nil where a
    /// sequence is not UTF-8: cut short, overlong, a surrogate or past
    /// U+10FFFF.
    static func decode(utf8: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar]? {
        // Every byte but a continuation byte starts a scalar.
        var count = 0
        for byte in utf8 where byte & 0xC0 != 0x80 { count += 1 }
        var valid = true
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, initialized in
            var i = 0, n = 0
            decoding: while i < utf8.count {
                // Eight bytes at a time where they are all ASCII (most of a
                // news text): each is its scalar.
                if i + 8 <= utf8.count {
                    let eight = UInt64(littleEndian: UnsafeRawPointer(utf8.baseAddress! + i).loadUnaligned(as: UInt64.self))
                    if eight & 0x8080_8080_8080_8080 == 0 {
                        for k in 0..<8 { out[n + k] = Unicode.Scalar(UInt8(truncatingIfNeeded: eight >> (8 * k))) }
                        i += 8
                        n += 8
                        continue
                    }
                }
                let lead = UInt32(utf8[i])
                var value = lead
                if lead < 0x80 {
                    i += 1
                } else {
                    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                    guard lead >= 0xC2, lead <= 0xF4, i + length <= utf8.count else {
                        valid = false
                        break decoding
                    }
                    value = lead & (0x7F >> UInt32(length))
                    for k in 1..<length {
                        let byte = UInt32(utf8[i + k])
                        guard byte & 0xC0 == 0x80 else {
                            valid = false
                            break decoding
                        }
                        value = value << 6 | byte & 0x3F
                    }
                    let least: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x1_0000
                    guard value >= least, value <= 0x10_FFFF, !(0xD800...0xDFFF).contains(value) else {
                        valid = false
                        break decoding
                    }
                    i += length
                }
                // Checked above: the value is a scalar (the lead byte it
                // came from was counted, so there is room for it).
                out[n] = unsafeBitCast(value, to: Unicode.Scalar.self)
                n += 1
            }
            initialized = n
        }
        return valid ? scalars : nil
    }

    public var count: Int { scalars.count }
    public var fullRange: TextRange { TextRange(0, scalars.count) }

    public subscript(offset: Int) -> Unicode.Scalar { scalars[offset] }

    /// The text of `range` as a String, encoded straight into the string's
    /// UTF-8 storage (appending scalars one by one is several times slower).
    public subscript(range: TextRange) -> String {
        scalars.withUnsafeBufferPointer { Self.string($0[range.start..<range.end]) }
    }

    /// Scalars as a String, encoded straight into its UTF-8 storage.
    static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        slice.withUnsafeBufferPointer { string($0[...]) }
    }

    /// Scalars as a String, from a buffer: no reference to the text's array
    /// is taken, so threads reading one long text do not contend for its
    /// reference count (an `ArraySlice` per word made that a third of
    /// lowercasing a long article's words on two cores).
    static func string(_ slice: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> String {
        String(unsafeUninitializedCapacity: utf8Count(slice)) { writeUTF8(slice, into: $0, at: 0) }
    }

    /// How many bytes the scalars' UTF-8 takes.
    static func utf8Count(_ slice: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> Int {
        var bytes = 0
        for s in slice {
            let v = s.value
            bytes += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        return bytes
    }

    /// Writes the scalars' UTF-8 into `out` from `start` (which has room for
    /// `utf8Count` bytes there); returns where it ends.
    static func writeUTF8(_ slice: Slice<UnsafeBufferPointer<Unicode.Scalar>>, into out: UnsafeMutableBufferPointer<UInt8>,
                          at start: Int) -> Int {
        var i = start
        for s in slice {
            let v = s.value
            if v < 0x80 {
                out[i] = UInt8(v)
                i += 1
            } else {
                for unit in s.utf8 {
                    out[i] = unit
                    i += 1
                }
            }
        }
        return i
    }

    /// `self[range].lowercased()`, made in one step when the text is ASCII
    /// (a token: this runs on every word the quotation rules read).
    public func lowercased(_ range: TextRange) -> String {
        scalars.withUnsafeBufferPointer { all in
            let slice = all[range.start..<range.end]
            guard slice.allSatisfy({ $0.value < 0x80 }) else { return Self.string(slice).lowercased() }
            return String(unsafeUninitializedCapacity: slice.count) { buffer in
                var i = 0
                for s in slice {
                    let v = UInt8(s.value)
                    buffer[i] = v >= 0x41 && v <= 0x5A ? v + 32 : v
                    i += 1
                }
                return i
            }
        }
    }

    /// `range` without leading and trailing white space.
    public func trimmed(_ range: TextRange) -> TextRange {
        var start = range.start, end = range.end
        while start < end, scalars[start].isSpace { start += 1 }
        while end > start, scalars[end - 1].isSpace { end -= 1 }
        return TextRange(start, end)
    }

    /// The lines of `range`, split on "\n" (a "\r" before it is left out of the
    /// line), numbered from 1 at the start of the file.
    public func lines(in range: TextRange? = nil) -> [SourceLine] {
        let range = range ?? fullRange
        var lines: [SourceLine] = []
        var number = 1
        for i in 0..<range.start where scalars[i] == "\n" { number += 1 }
        var lineStart = range.start
        var i = range.start
        while i <= range.end {
            if i == range.end || scalars[i] == "\n" {
                var lineEnd = i
                if lineEnd > lineStart, scalars[lineEnd - 1] == "\r" { lineEnd -= 1 }
                let whole = TextRange(lineStart, lineEnd)
                lines.append(SourceLine(number: number, range: whole, content: trimmed(whole)))
                number += 1
                lineStart = i + 1
            }
            i += 1
        }
        return lines
    }
}

/// One line of a source file.
public struct SourceLine: Sendable, Hashable {
    /// 1-based line number in the file.
    public let number: Int
    /// The whole line, without its line break.
    public let range: TextRange
    /// The line without surrounding white space; empty for a blank line.
    public let content: TextRange

    public var isBlank: Bool { content.isEmpty }
}
