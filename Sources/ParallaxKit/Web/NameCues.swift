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

    /// The cue of an element from its attributes.
    static func cue(of node: HTMLNode) -> NameCue {
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
        var sawArticle = false
        var sawFurniture = false
        for names in [classes, id] {
            guard let names, !names.isEmpty else { continue }
            for entry in names.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                switch cue(ofEntry: entry) {
                case .article: sawArticle = true
                case .furniture: sawFurniture = true
                case .none: break
                }
            }
        }
        if sawArticle { return .article }
        return sawFurniture ? .furniture : .none
    }

    /// One class name or id: "article-body" is the article, "share-bar" and
    /// "relatedPosts" are furniture. A name that states a page's layout
    /// ("has-sidebar", "with-comments", "no-ads") says nothing about its own
    /// element.
    static func cue(ofEntry entry: Substring) -> NameCue {
        let lower = entry.lowercased()
        for prefix in ["has-", "has_", "with-", "no-", "is-", "show-", "js-", "enable", "template-", "page-"]
        where lower.hasPrefix(prefix) {
            return .none
        }
        var tokens: [String] = []
        var current = ""
        var previousLower = false
        for scalar in entry.unicodeScalars {
            if scalar == "-" || scalar == "_" || scalar == ":" || scalar == "." || scalar == "/" {
                if !current.isEmpty { tokens.append(current) }
                current = ""
                previousLower = false
                continue
            }
            // camelCase boundary: "relatedPosts" → "related", "posts".
            if scalar.isUppercaseLetter && previousLower {
                tokens.append(current)
                current = ""
            }
            previousLower = scalar.isLowercaseLetter
            current.unicodeScalars.append(scalar.isUppercaseLetter ? TextSearch.fold(scalar) : scalar)
        }
        if !current.isEmpty { tokens.append(current) }
        for token in tokens {
            if furnitureTokens.contains(token) { return .furniture }
            if token.utf8.count >= 6, furniturePrefixes.contains(where: token.hasPrefix) { return .furniture }
        }
        let joined = tokens.joined()
        return articleCues.contains(where: joined.contains) ? .article : .none
    }
}
