import Foundation

/// Turns a file's bytes into text, or says why it cannot.
///
/// UTF-8 is the rule; a UTF-16 file (little or big endian) is read when it
/// starts with its byte-order mark, since without one its NUL bytes look
/// like a binary file's. A byte-order mark is not part of the text and is
/// dropped, so offsets count from the first character a reader sees.
enum Decoding {
    enum Decoded<Text> {
        case text(Text, invalidSequences: Int)
        case binary
        case empty
    }
    typealias Result = Decoded<String>

    static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]
    static let utf16LEBOM: [UInt8] = [0xFF, 0xFE]
    static let utf16BEBOM: [UInt8] = [0xFE, 0xFF]

    static func decode(_ data: Data) -> Result {
        decode(data, validUTF8: { String(validating: $0, as: UTF8.self) }, else: { $0 })
    }

    /// The text of `data` as `decode` reads it, as scalars. Valid UTF-8,
    /// the rule, is decoded straight from the bytes and checked as it is:
    /// through a String first it was checked twice, and copied once more.
    static func source(_ data: Data) -> Decoded<SourceText> {
        decode(data, validUTF8: { bytes in bytes.withUnsafeBytes { SourceText(utf8: $0.bindMemory(to: UInt8.self)) } },
               else: SourceText.init)
    }

    /// `data` read by the rules above: its UTF-8 made text by `validUTF8`
    /// (nil when it is not valid), anything else decoded into a String
    /// (bad sequences replaced and counted) and made text by `made`.
    private static func decode<Text>(_ data: Data, validUTF8: (Data.SubSequence) -> Text?,
                                     else made: (String) -> Text) -> Decoded<Text> {
        let decoded: Result
        if data.starts(with: utf16LEBOM) {
            decoded = utf16(data.dropFirst(2), bigEndian: false)
        } else if data.starts(with: utf16BEBOM) {
            decoded = utf16(data.dropFirst(2), bigEndian: true)
        } else {
            let bytes = data.starts(with: utf8BOM) ? data.dropFirst(3) : data[...]
            if hasNUL(bytes) { return .binary }
            if bytes.allSatisfy(isSpace) { return .empty }
            if let text = validUTF8(bytes) { return .text(text, invalidSequences: 0) }
            var iterator = bytes.makeIterator()
            decoded = transcode(&iterator, UTF8())
        }
        switch decoded {
        case .text(let text, let invalid): return .text(made(text), invalidSequences: invalid)
        case .binary: return .binary
        case .empty: return .empty
        }
    }

    /// memchr, not a walk with Data's iterator: this runs over every byte of every file.
    private static func hasNUL(_ bytes: Data.SubSequence) -> Bool {
        bytes.withUnsafeBytes { raw in raw.baseAddress.map { memchr($0, 0, raw.count) != nil } ?? false }
    }

    /// Whether the bytes start with a byte-order mark for UTF-16.
    static func isUTF16(_ data: Data) -> Bool { data.starts(with: utf16LEBOM) || data.starts(with: utf16BEBOM) }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private static func utf16(_ bytes: Data.SubSequence, bigEndian: Bool) -> Result {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let (a, b) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            index += 2
        }
        // An odd last byte is half a character: count it as a bad sequence.
        let oddByte = bytes.count % 2 == 1 ? 1 : 0
        if units.allSatisfy({ $0 < 0x80 && isSpace(UInt8($0)) }) && oddByte == 0 { return .empty }
        if units.contains(0) { return .binary }
        var iterator = units.makeIterator()
        guard case .text(let text, let invalid) = transcode(&iterator, UTF16()) else { return .binary }
        return .text(oddByte == 0 ? text : text + "\u{FFFD}", invalidSequences: invalid + oddByte)
    }

    /// Decodes with a replacement character for each bad sequence, counting them.
    private static func transcode<Codec: UnicodeCodec, Input: IteratorProtocol>(
        _ input: inout Input, _ codec: Codec
    ) -> Result where Input.Element == Codec.CodeUnit {
        var decoder = codec
        var invalid = 0
        var scalars = String.UnicodeScalarView()
        loop: while true {
            switch decoder.decode(&input) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: break loop
            case .error:
                invalid += 1
                scalars.append("\u{FFFD}")
            }
        }
        return .text(String(scalars), invalidSequences: invalid)
    }
}
