import Foundation

/// What a page says about itself: `<meta>` tags (Open Graph, article:*),
/// JSON-LD, `<link rel=canonical>`, `<title>`, the first `<h1>` and
/// `<time datetime>`.
struct PageMetadata {
    var title: String?
    var outlet: String?
    /// YYYY-MM-DD.
    var date: String?
    var url: String?
    var authors: [String] = []
    /// JSON-LD's `articleBody`, when the page gives it.
    var articleBody: String?

    init(_ root: HTMLNode) {
        var meta: [String: String] = [:]
        var canonical: String?
        var titleTag: String?
        var h1: String?
        var timeDate: String?
        var jsonLD: [[String: Any]] = []
        func walk(_ node: HTMLNode) {
            for child in node.children where child.kind == .element {
                switch child.name {
                case "meta":
                    let key = (child.attribute("property") ?? child.attribute("name") ?? child.attribute("itemprop"))?
                        .lowercased()
                    if let key, let content = child.attribute("content"), meta[key] == nil {
                        meta[key] = content.trimmingSpaces()
                    }
                case "link":
                    if child.attribute("rel")?.lowercased() == "canonical", canonical == nil {
                        canonical = child.attribute("href")
                    }
                case "title":
                    if titleTag == nil { titleTag = LineClassifier.fold(child.textContent) }
                case "h1":
                    if h1 == nil { h1 = LineClassifier.fold(child.textContent) }
                case "time":
                    if timeDate == nil, let value = child.attribute("datetime") { timeDate = PageMetadata.date(value) }
                case "script":
                    if child.attribute("type")?.lowercased().contains("ld+json") == true {
                        jsonLD += PageMetadata.articles(inJSONLD: child.textContent)
                    }
                default: break
                }
                walk(child)
            }
        }
        walk(root)
        let ld = jsonLD.first
        func nonEmpty(_ s: String?) -> String? {
            guard let s = s.map(LineClassifier.fold), !s.isEmpty else { return nil }
            return s
        }

        url = nonEmpty(canonical) ?? nonEmpty(meta["og:url"]) ?? nonEmpty(ld?["url"] as? String)
        title = nonEmpty(meta["og:title"]) ?? nonEmpty(ld?["headline"] as? String) ?? nonEmpty(h1)
            ?? nonEmpty(titleTag.map(PageMetadata.withoutSiteName))
        outlet = nonEmpty(meta["og:site_name"]) ?? nonEmpty(PageMetadata.name(ld?["publisher"]))
            ?? url.flatMap(OutletNames.site(of:))
        date = (ld?["datePublished"] as? String).flatMap(PageMetadata.date)
            ?? meta["article:published_time"].flatMap(PageMetadata.date)
            ?? meta["date"].flatMap(PageMetadata.date) ?? meta["pubdate"].flatMap(PageMetadata.date)
            ?? timeDate ?? url.flatMap(PageMetadata.dateInURL)
        authors = PageMetadata.names(ld?["author"])
        if authors.isEmpty, let author = nonEmpty(meta["author"]) ?? nonEmpty(meta["article:author"]),
           !author.hasPrefix("http") {
            authors = ArticleBuilder.authors(in: author)
        }
        articleBody = nonEmpty(ld?["articleBody"] as? String)
    }

    /// The article objects of a JSON-LD script (a list, an `@graph`, or one object).
    static func articles(inJSONLD text: String) -> [[String: Any]] {
        guard let data = text.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return [] }
        var found: [[String: Any]] = []
        func visit(_ value: Any, depth: Int) {
            guard depth < 6 else { return }
            if let list = value as? [Any] {
                for item in list { visit(item, depth: depth + 1) }
            } else if let object = value as? [String: Any] {
                let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
                if types.contains(where: { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }) {
                    found.append(object)
                }
                if let graph = object["@graph"] { visit(graph, depth: depth + 1) }
            }
        }
        visit(value, depth: 0)
        return found
    }

    /// A JSON-LD name: a string, an object with "name", or the first of a list.
    static func name(_ value: Any?) -> String? { names(value).first }

    static func names(_ value: Any?) -> [String] {
        if let s = value as? String { return s.hasPrefix("http") ? [] : [s.trimmingSpaces()].filter { !$0.isEmpty } }
        if let o = value as? [String: Any] { return names(o["name"]) }
        if let list = value as? [Any] { return list.flatMap { names($0) } }
        return []
    }

    /// "2019-10-15T12:00:00Z", "2019-10-15" → "2019-10-15".
    static func date(_ value: String) -> String? {
        let trimmed = value.trimmingSpaces()
        return DateFinder.isoDate(String(trimmed.prefix(10))) ?? DateFinder.firstDate(in: trimmed)
    }

    /// A date written into the URL's path: /2019/10/15/ or /2019-10-15-.
    static func dateInURL(_ url: String) -> String? {
        let parts = url.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" }).map(String.init)
        for i in parts.indices.dropLast(2) {
            guard parts[i].count == 4, let year = Int(parts[i]), (1990...2100).contains(year),
                  parts[i + 1].count == 2, let month = Int(parts[i + 1]),
                  let day = Int(parts[i + 2].prefix(2)), parts[i + 2].prefix(2).count == 2 else { continue }
            if let date = DateFinder.format(year, month, day) { return date }
        }
        return nil
    }

    /// "Headline | Site Name" → "Headline": the longest part when the title
    /// is split by " | ", " - ", " – " or " — ".
    static func withoutSiteName(_ title: String) -> String {
        for separator in [" | ", " – ", " — ", " - ", " :: "] where title.contains(separator) {
            let parts = title.components(separatedBy: separator)
            return parts.max { $0.count < $1.count } ?? title
        }
        return title
    }
}
