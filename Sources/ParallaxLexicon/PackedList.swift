/// A sorted list of text rows stored as one front-coded string literal:
/// each row is one byte 0x20 + n, where n is how many leading UTF-8 bytes
/// it shares with the row before, then the rest of the row, then "\n".
/// scripts/lexicon.py writes the format.
///
/// Front coding takes the lists from 2.0 MB of rows to 1.2 MB (the sorted
/// word list to half), and decoding bytes is faster than splitting a
/// `String` by `Character`, which the multi-line literals needed.
/// The literal is a `StaticString`, read in place from the binary: nothing
/// is decoded until a caller asks for the rows, and it decodes them once.
public struct PackedList: Sendable {
    /// How many rows the list holds.
    public let count: Int
    private let packed: StaticString

    public init(count: Int, _ packed: StaticString) {
        self.count = count
        self.packed = packed
    }

    /// Calls `body` with every row, in order.
    public func forEachRow(_ body: (String) -> Void) {
        packed.withUTF8Buffer { bytes in
            var row: [UInt8] = []
            row.reserveCapacity(96)
            var i = 0
            while i < bytes.count {
                let shared = Int(bytes[i]) - 0x20
                i += 1
                row.removeSubrange(shared...)
                while i < bytes.count, bytes[i] != 0x0A {
                    row.append(bytes[i])
                    i += 1
                }
                i += 1
                body(String(decoding: row, as: UTF8.self))
            }
        }
    }

    /// Every row, in order.
    public var rows: [String] {
        var rows: [String] = []
        rows.reserveCapacity(count)
        forEachRow { rows.append($0) }
        return rows
    }
}
