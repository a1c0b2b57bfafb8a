import Foundation

/// A saved web page read as an article: its metadata and its body.
public enum WebPage {
    /// The article in an HTML page, or why there is none.
    public static func read(_ data: Data) -> Result<ExtractedDocument, LoadWarning.Problem> {
        let isUTF16 = Decoding.isUTF16(data)
        let (hasNUL, blank) = data.withUnsafeBytes { raw -> (Bool, Bool) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var blank = true
            for byte in bytes {
                if byte == 0 { return (true, false) }
                if blank, byte != 0x20, byte != 0x0A, byte != 0x0D, byte != 0x09 { blank = false }
            }
            return (false, blank)
        }
        if !isUTF16, hasNUL { return .failure(.binary) }
        if blank { return .failure(.empty) }
        guard let root = HTMLParser.parse(data, encoding: Charset.of(data)) ?? HTMLParser.parse(data, encoding: nil)
        else { return .failure(.badMarkup("not a web page that can be read")) }
        let metadata = PageMetadata(root)
        let blocks = BodyExtractor.blocks(in: root, metadata: metadata)
        guard blocks.contains(where: { $0.kind == .body }) else { return .failure(.noArticleText) }
        return .success(ExtractedDocument(title: metadata.title, outlet: metadata.outlet, date: metadata.date,
                                          url: metadata.url, authors: metadata.authors, blocks: blocks))
    }
}
