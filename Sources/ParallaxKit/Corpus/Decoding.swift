import Foundation

/// Turns a file's bytes into text, or says why it cannot.
enum Decoding {
    enum Result {
        case text(String, invalidSequences: Int)
        case binary
        case empty
    }

    static func decode(_ data: Data) -> Result {
        if data.contains(0) { return .binary }
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .empty }
        if let text = String(validating: data, as: UTF8.self) { return .text(text, invalidSequences: 0) }
        // Invalid UTF-8: decode with replacement characters and count them.
        var invalid = 0
        var scalars = String.UnicodeScalarView()
        var decoder = UTF8()
        var bytes = data.makeIterator()
        loop: while true {
            switch decoder.decode(&bytes) {
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
