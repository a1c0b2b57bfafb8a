/// What an element's class, id and role say about it: page furniture
/// (navigation, share bars, comments, related links, sign-up boxes), the
/// article itself, or nothing. The vocabulary is the one extractors in
/// general use (Readability's "unlikely candidates", boilerpipe's and
/// trafilatura's class lists); it describes how sites build pages, not any
/// one site.
enum NameCue: UInt8 {
    case none, furniture, article
}

enum NameCues {
    /// Whole tokens of a class or id that mark furniture.
    static let furnitureTokens: Set<String> = [
        "nav", "navbar", "navigation", "menu", "menus", "submenu", "footer", "masthead", "sidebar", "aside",
        "breadcrumb", "breadcrumbs", "comment", "comments", "share", "shares", "sharing", "sharebar", "social",
        "related", "recommended", "recommendations", "recirculation", "recirc", "newsletter", "subscribe",
        "subscription", "signup", "cookie", "cookies", "consent", "gdpr", "popup", "modal", "overlay", "promo",
        "promos", "promotion", "advert", "adverts", "advertisement", "ad", "ads", "adslot", "dfp", "sponsor",
        "sponsored", "outbrain", "taboola", "trending", "popular", "pagination", "pager", "tags", "tagged",
        "byline", "bylines", "widget", "widgets", "toolbar", "tools", "disqus", "banner", "login", "paywall",
        "hidden", "hide", "offscreen", "banners", "skip", "skiplink", "jumplink", "print", "topics", "keywords",
        "categories", "author", "authors", "bio", "meta", "dateline", "timestamp", "date", "credit", "credits",
        "rating", "ratings", "reactions", "feedback", "donate", "donation", "download", "follow",
        "newsletters", "inline-ad", "teaser", "teasers", "more", "readmore", "next", "prev", "previous",
        "header", "kicker", "eyebrow", "video", "player", "gallery",
        "slideshow", "carousel", "search", "contact", "legal", "copyright", "disclaimer", "errata", "rail",
    ]

    /// Prefixes of run-together class names that mark furniture
    /// ("relatedposts", "sharebuttons", "commentlist").
    static let furniturePrefixes: [String] = [
        "comment", "share", "social", "related", "recommend", "newsletter", "subscri", "cookie", "breadcrumb",
        "sidebar", "sponsor", "advert", "promo", "outbrain", "taboola", "footer", "navigation", "navbar",
        "trending", "popular", "disqus", "signup", "readmore", "moreon", "morefrom", "paywall",
    ]

    /// Parts of class names that mark the article's own text (matched
    /// with "-", "_" and case ignored: "article__body", "ArticleBody").
    static let articleCues: [String] = [
        "articlebody", "articlecontent", "articletext", "entrycontent", "entrybody", "postcontent", "postbody",
        "postentry", "storybody", "storycontent", "storytext", "bodytext", "maincontent", "contentbody",
        "richtext", "singlecontent",
    ]

    static let furnitureRoles: Set<String> = [
        "navigation", "complementary", "banner", "contentinfo", "dialog", "alertdialog", "menu", "menubar",
        "search", "toolbar", "tablist",
    ]

    /// The cue of an element from its attributes; `cache` keeps the cues
    /// of class and id values already seen in the page.
    static func cue(of node: HTMLNode, cache: inout [String: NameCue]) -> NameCue {
        var classes: String?
        var id: String?
        for attribute in node.attributes {
            switch attribute.name {
            case "class": classes = attribute.value
            case "id": id = attribute.value
            case "itemprop":
                if attribute.value.lowercased() == "articlebody" { return .article }
            case "role":
                let role = attribute.value.lowercased()
                if furnitureRoles.contains(role) { return .furniture }
                if role == "main" || role == "article" { return .article }
            default: break
            }
        }
        let first = classes.map { cue(ofNames: $0, cache: &cache) } ?? .none
        let second = id.map { cue(ofNames: $0, cache: &cache) } ?? .none
        if first == .article || second == .article { return .article }
        return first == .furniture || second == .furniture ? .furniture : .none
    }

    /// The cue of a class or id value: the article when one of its names
    /// says so, else furniture when one says so.
    static func cue(ofNames names: String, cache: inout [String: NameCue]) -> NameCue {
        if names.isEmpty { return .none }
        if let known = cache[names] { return known }
        var sawFurniture = false
        var cue = NameCue.none
        for entry in names.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            switch self.cue(ofEntry: entry) {
            case .article: cue = .article
            case .furniture: sawFurniture = true
            case .none: break
            }
            if cue == .article { break }
        }
        if cue == .none, sawFurniture { cue = .furniture }
        cache[names] = cue
        return cue
    }

    /// One class name or id: "article-body" is the article, "share-bar" and
    /// "relatedPosts" are furniture. A name that states a page's layout
    /// ("has-sidebar", "with-comments", "no-ads") says nothing about its own
    /// element. Works on UTF-8 bytes: class names are ASCII in practice, and
    /// a page has thousands of them.
    static func cue(ofEntry entry: Substring) -> NameCue {
        let bytes = Array(entry.utf8)
        for prefix in layoutPrefixes where startsWith(bytes, prefix, at: 0, ignoringCase: true) {
            return .none
        }
        var tokens: [[UInt8]] = []
        var current: [UInt8] = []
        var previousLower = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "/"):
                if !current.isEmpty { tokens.append(current) }
                current.removeAll(keepingCapacity: true)
                previousLower = false
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                // camelCase boundary: "relatedPosts" → "related", "posts".
                if previousLower {
                    tokens.append(current)
                    current.removeAll(keepingCapacity: true)
                }
                current.append(byte | 0x20)
                previousLower = false
            default:
                current.append(byte)
                previousLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            }
        }
        if !current.isEmpty { tokens.append(current) }
        for token in tokens {
            if furnitureTokenBytes.contains(token) { return .furniture }
            if token.count >= 6, furniturePrefixBytes.contains(where: { startsWith(token, $0, at: 0) }) {
                return .furniture
            }
        }
        let joined = Array(tokens.joined())
        for cue in articleCueBytes where joined.count >= cue.count {
            for start in 0...(joined.count - cue.count) where startsWith(joined, cue, at: start) { return .article }
        }
        return .none
    }

    /// Class names that describe the page's layout, not their element.
    static let layoutPrefixes: [[UInt8]] = ["has-", "has_", "with-", "no-", "is-", "show-", "js-", "enable",
                                            "template-", "page-"].map { Array($0.utf8) }
    static let furnitureTokenBytes = Set(furnitureTokens.map { Array($0.utf8) })
    static let furniturePrefixBytes = furniturePrefixes.map { Array($0.utf8) }
    static let articleCueBytes = articleCues.map { Array($0.utf8) }

    @inline(__always)
    static func startsWith(_ bytes: [UInt8], _ prefix: [UInt8], at start: Int, ignoringCase: Bool = false) -> Bool {
        guard bytes.count - start >= prefix.count else { return false }
        for i in prefix.indices {
            let byte = ignoringCase ? bytes[start + i] | (bytes[start + i] >= 0x41 && bytes[start + i] <= 0x5A ? 0x20 : 0)
                : bytes[start + i]
            if byte != prefix[i] { return false }
        }
        return true
    }
}
