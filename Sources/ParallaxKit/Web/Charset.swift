import Foundation

/// Which character encoding a saved page is in: its byte-order mark, else
/// the charset its `<meta>` declares, else UTF-8 when the bytes are valid
/// UTF-8, else windows-1252 (which browsers read "latin-1" pages as).
enum Charset {
    static func of(_ data: Data) -> String {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if data.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if data.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        if let declared = declared(in: data) { return declared }
        return String(validating: data, as: UTF8.self) != nil ? "UTF-8" : "windows-1252"
    }

    /// The charset a `<meta charset>` or `<meta http-equiv content>` in the
    /// first 2 KB names, with the labels browsers treat as windows-1252
    /// mapped to it.
    static func declared(in data: Data) -> String? {
        guard let head = String(data: data.prefix(2048), encoding: .isoLatin1)?.lowercased(),
              let range = head.range(of: "charset=") else { return nil }
        let label = head[range.upperBound...]
            .drop { $0 == "\"" || $0 == "'" || $0 == " " }
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
        guard !label.isEmpty else { return nil }
        switch label {
        case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "us-ascii", "ascii", "cp1252", "windows-1252",
             "l1", "iso_8859-1", "x-cp1252":
            return "windows-1252"
        case "utf8", "utf-8", "unicode-1-1-utf-8":
            // A page that says UTF-8 but is not is read as browsers would read it after failing.
            return String(validating: data, as: UTF8.self) != nil ? "UTF-8" : "windows-1252"
        case "utf-16", "utf-16le", "utf-16be":
            return "UTF-8"  // a UTF-16 page has a BOM; a declaration without one is wrong
        default:
            return String(label).uppercased()
        }
    }
}
