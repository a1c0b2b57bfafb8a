import Foundation

/// Reads a JSON Lines file (`.jsonl`, `.ndjson`) as one article per line,
/// the way scrapers such as news-please write them:
///
///     {"title": "...", "maintext": "...", "date_publish": "2019-11-18 10:32:00",
///      "source_domain": "example.com", "url": "https://...", "authors": ["..."]}
///
/// The text's lines are its paragraphs. A line that is not an article (not
/// JSON, not an object, no text) is reported with its number and skipped;
/// the file's other lines load.
enum JSONLinesReader {
    static func read(_ data: Data, path: String) -> FileReader.Reading {
        let text: String
        var warnings: [LoadWarning] = []
        switch Decoding.decode(data) {
        case .binary: return FileReader.Reading(warnings: [LoadWarning(path: path, problem: .binary)])
        case .empty: return FileReader.Reading(warnings: [LoadWarning(path: path, problem: .empty)])
        case .text(let decoded, let invalid):
            text = decoded
            if invalid > 0 { warnings.append(LoadWarning(path: path, problem: .invalidUTF8(count: invalid))) }
        }
        let name = FileName.stem(of: path)
        var documents: [LoadedDocument] = []
        // Lines end in "\n" or "\r\n" (one Character); a record's strings may
        // hold other line separators, such as U+2028, unescaped.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (index, line) in lines.enumerated() {
            let record = line.trimmingSpaces()
            guard !record.isEmpty else { continue }
            switch document(record) {
            case .failure(let reason):
                warnings.append(LoadWarning(path: path, problem: .badRecord(line: index + 1, reason: reason.text)))
            case .success(let document):
                // Numbered by line, so that an id says where its record is.
                documents.append(LoadedDocument(path: path, id: "\(name)-\(index + 1)",
                                                content: .extracted(document, .jsonl), warnings: []))
            }
        }
        return FileReader.Reading(documents: documents, warnings: warnings)
    }

    struct Reason: Error {
        let text: String
    }

    /// The article in one line's record, or why there is none.
    static func document(_ record: String) -> Result<ExtractedDocument, Reason> {
        guard let value = try? JSONSerialization.jsonObject(with: Data(record.utf8), options: [.fragmentsAllowed])
        else { return .failure(Reason(text: "not JSON")) }
        guard let object = value as? [String: Any] else { return .failure(Reason(text: "not a JSON object")) }
        func string(_ key: String) -> String? {
            guard let value = object[key] as? String else { return nil }
            let trimmed = value.trimmingSpaces()
            return trimmed.isEmpty ? nil : trimmed
        }
        guard let text = string("text") ?? string("maintext") else {
            return .failure(Reason(text: "no article text (no \"text\" or \"maintext\")"))
        }
        let url = string("url")
        var outlet = string("outlet")
        // A bare domain names the outlet only without a URL: with one, the
        // corpus names the site (its directory name, or its articles' name).
        if outlet == nil, url == nil, let domain = string("source_domain") {
            outlet = OutletNames.site(of: domain) ?? domain
        }
        return .success(ExtractedDocument(
            title: string("title").map(LineClassifier.fold), outlet: outlet,
            date: (string("date") ?? string("date_publish")).flatMap(DateFinder.statedDate),
            url: url, authors: authors(object["authors"] ?? object["author"]),
            blocks: ExtractedDocument.lineBlocks(text)))
    }

    /// `["A", "B"]` or `"A and B"`.
    static func authors(_ value: Any?) -> [String] {
        if let list = value as? [Any] {
            return list.compactMap { ($0 as? String)?.trimmingSpaces() }.filter { !$0.isEmpty }
        }
        if let text = value as? String { return ArticleBuilder.authors(in: text) }
        return []
    }
}
