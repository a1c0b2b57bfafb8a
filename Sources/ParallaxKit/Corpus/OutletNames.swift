import Foundation

/// One outlet under one name. Front matter, scrapers and data sets spell an
/// outlet many ways ("NYT", "nyt", "The New York Times"; "Fox", "Fox News";
/// "huff-post", "HuffPost"); an outlet's profile, its column in the outlets
/// view and its group in the list need one.
///
/// Two sources settle it: a directory of well-known news outlets with their
/// usual short names and web domains (general knowledge, kept here), and the
/// corpus itself: names whose articles come from one web domain are one
/// outlet, shown under the name most of those articles use.
enum OutletNames {
    /// A well-known outlet: its usual name, other names it goes by, and its
    /// web domains.
    struct Known {
        let name: String
        let aliases: [String]
        let domains: [String]
    }

    static let directory: [Known] = [
        Known(name: "Associated Press", aliases: ["AP", "The Associated Press", "AP News"], domains: ["apnews.com", "ap.org"]),
        Known(name: "Reuters", aliases: ["Thomson Reuters"], domains: ["reuters.com"]),
        Known(name: "AFP", aliases: ["Agence France-Presse", "Agence France Presse"], domains: ["afp.com"]),
        Known(name: "Bloomberg", aliases: ["Bloomberg News"], domains: ["bloomberg.com"]),
        Known(name: "BBC News", aliases: ["BBC"], domains: ["bbc.com", "bbc.co.uk"]),
        Known(name: "CNN", aliases: ["Cable News Network"], domains: ["cnn.com"]),
        Known(name: "Fox News", aliases: ["Fox", "FNC", "Fox News Channel"], domains: ["foxnews.com"]),
        Known(name: "MSNBC", aliases: [], domains: ["msnbc.com"]),
        Known(name: "NBC News", aliases: ["NBC"], domains: ["nbcnews.com"]),
        Known(name: "CBS News", aliases: ["CBS"], domains: ["cbsnews.com"]),
        Known(name: "ABC News", aliases: [], domains: ["abcnews.go.com", "abcnews.com"]),
        Known(name: "NPR", aliases: ["National Public Radio"], domains: ["npr.org"]),
        Known(name: "PBS", aliases: ["PBS NewsHour"], domains: ["pbs.org"]),
        Known(name: "The New York Times", aliases: ["NYT", "New York Times", "NY Times", "NYTimes"], domains: ["nytimes.com"]),
        Known(name: "The Washington Post", aliases: ["Washington Post", "WaPo", "WashPost"], domains: ["washingtonpost.com"]),
        Known(name: "The Wall Street Journal", aliases: ["Wall Street Journal", "WSJ"], domains: ["wsj.com"]),
        Known(name: "USA Today", aliases: ["USA TODAY"], domains: ["usatoday.com"]),
        Known(name: "Los Angeles Times", aliases: ["LA Times", "L.A. Times"], domains: ["latimes.com"]),
        Known(name: "Chicago Tribune", aliases: [], domains: ["chicagotribune.com"]),
        Known(name: "The Boston Globe", aliases: ["Boston Globe"], domains: ["bostonglobe.com"]),
        Known(name: "HuffPost", aliases: ["Huffington Post", "The Huffington Post", "HuffPo"],
              domains: ["huffpost.com", "huffingtonpost.com", "huffingtonpost.co.uk"]),
        Known(name: "Politico", aliases: ["POLITICO"], domains: ["politico.com", "politico.eu"]),
        Known(name: "The Hill", aliases: [], domains: ["thehill.com"]),
        Known(name: "Axios", aliases: [], domains: ["axios.com"]),
        Known(name: "Vox", aliases: [], domains: ["vox.com"]),
        Known(name: "Breitbart", aliases: ["Breitbart News"], domains: ["breitbart.com"]),
        Known(name: "The Daily Caller", aliases: ["Daily Caller"], domains: ["dailycaller.com"]),
        Known(name: "The Western Journal", aliases: ["Western Journal"], domains: ["westernjournal.com"]),
        Known(name: "National Review", aliases: [], domains: ["nationalreview.com"]),
        Known(name: "The Atlantic", aliases: [], domains: ["theatlantic.com"]),
        Known(name: "Newsweek", aliases: [], domains: ["newsweek.com"]),
        Known(name: "Time", aliases: ["TIME"], domains: ["time.com"]),
        Known(name: "The Guardian", aliases: ["Guardian"], domains: ["theguardian.com", "guardian.co.uk"]),
        Known(name: "The Independent", aliases: ["Independent"], domains: ["independent.co.uk"]),
        Known(name: "The Telegraph", aliases: ["Daily Telegraph"], domains: ["telegraph.co.uk"]),
        Known(name: "Daily Mail", aliases: ["Mail Online", "MailOnline"], domains: ["dailymail.co.uk"]),
        Known(name: "Financial Times", aliases: ["FT"], domains: ["ft.com"]),
        Known(name: "The Economist", aliases: ["Economist"], domains: ["economist.com"]),
        Known(name: "Al Jazeera", aliases: ["Al Jazeera English"], domains: ["aljazeera.com"]),
        Known(name: "RT", aliases: ["Russia Today"], domains: ["rt.com"]),
        Known(name: "TASS", aliases: [], domains: ["tass.com", "tass.ru"]),
        Known(name: "Xinhua", aliases: ["Xinhua News Agency"], domains: ["xinhuanet.com"]),
        Known(name: "RFE/RL", aliases: ["Radio Free Europe/Radio Liberty", "Radio Free Europe"], domains: ["rferl.org"]),
        Known(name: "Voice of America", aliases: ["VOA"], domains: ["voanews.com"]),
        Known(name: "Deutsche Welle", aliases: ["DW"], domains: ["dw.com"]),
        Known(name: "France 24", aliases: [], domains: ["france24.com"]),
        Known(name: "Euronews", aliases: [], domains: ["euronews.com"]),
        Known(name: "Sky News", aliases: [], domains: ["news.sky.com", "sky.com"]),
        Known(name: "ZeroHedge", aliases: ["Zero Hedge"], domains: ["zerohedge.com"]),
        Known(name: "Wikinews", aliases: [], domains: ["wikinews.org"]),
    ]

    /// The key two spellings of one name share: lowercased, letters and
    /// digits only, without a leading "the" ("The New York Times",
    /// "new-york-times" and "NewYorkTimes" meet).
    static func key(_ name: String) -> String {
        var words = name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        if words.count > 1, words.first == "the" { words.removeFirst() }
        return words.joined()
    }

    private static let knownByKey: [String: Known] = {
        var table: [String: Known] = [:]
        for known in directory {
            for name in [known.name] + known.aliases { table[key(name)] = known }
        }
        return table
    }()

    private static let knownByDomain: [String: Known] = {
        var table: [String: Known] = [:]
        for known in directory { for domain in known.domains { table[domain] = known } }
        return table
    }()

    /// The directory's name for `name`, if it knows the outlet.
    static func known(_ name: String) -> String? { knownByKey[key(name)]?.name }

    /// Whether two names are one outlet (by the directory, or spelled alike).
    static func same(_ a: String, _ b: String) -> Bool {
        (known(a) ?? key(a)) == (known(b) ?? key(b)) || key(a) == key(b)
    }

    /// The site of a URL: its host without "www.", "m." or "mobile.", then
    /// the directory's domain it falls under, else its last two labels (three
    /// under a country's second level: "bbc.co.uk").
    static func site(of url: String) -> String? {
        guard let host = URLComponents(string: url.trimmingCharacters(in: .whitespaces))?.host?.lowercased(),
              host.contains(".") else { return nil }
        let labels = host.split(separator: ".").map(String.init)
        for n in stride(from: labels.count, through: 2, by: -1) {
            let candidate = labels.suffix(n).joined(separator: ".")
            if knownByDomain[candidate] != nil { return candidate }
        }
        let secondLevel: Set<String> = ["co", "com", "org", "net", "gov", "ac", "edu"]
        let keep = labels.count >= 3 && secondLevel.contains(labels[labels.count - 2]) && labels.last!.count == 2 ? 3 : 2
        return labels.suffix(keep).joined(separator: ".")
    }

    /// One name per outlet for a corpus's articles, given each article's
    /// outlet name (if any) and URL (if any). An article with a URL but no
    /// name takes the name of its site.
    static func unify(_ articles: [(outlet: String?, url: String?)]) -> [String?] {
        // Group names: by the directory or spelling, then by shared site.
        var group: [String: String] = [:]  // name key -> group id
        func root(_ id: String) -> String {
            var id = id
            while let parent = group[id], parent != id { id = parent }
            return id
        }
        func join(_ a: String, _ b: String) {
            let ra = root(a), rb = root(b)
            if ra != rb { group[max(ra, rb)] = min(ra, rb) }
        }
        func nameID(_ name: String) -> String { "name:" + (known(name).map(key) ?? key(name)) }
        let sites = articles.map { $0.url.flatMap(site(of:)) }
        for (article, site) in zip(articles, sites) {
            let ids = [article.outlet.map(nameID), site.map { "site:" + $0 }].compactMap { $0 }
            for id in ids where group[id] == nil { group[id] = id }
            if ids.count == 2 { join(ids[0], ids[1]) }
            if let site, let known = knownByDomain[site] {
                let id = nameID(known.name)
                if group[id] == nil { group[id] = id }
                join("site:" + site, id)
            }
        }
        // Each group's name: the directory's, else the spelling most of its articles use.
        var spellings: [String: [String: Int]] = [:]
        var directoryName: [String: String] = [:]
        for (article, site) in zip(articles, sites) {
            guard let id = article.outlet.map(nameID) ?? site.map({ "site:" + $0 }) else { continue }
            let r = root(id)
            if let name = article.outlet {
                spellings[r, default: [:]][name, default: 0] += 1
                if let known = known(name) { directoryName[r] = known }
            }
            if let site, let known = knownByDomain[site] { directoryName[r] = directoryName[r] ?? known.name }
        }
        return zip(articles, sites).map { article, site in
            guard let id = article.outlet.map(nameID) ?? site.map({ "site:" + $0 }) else { return nil }
            let r = root(id)
            if let name = directoryName[r] { return name }
            let mostUsed = spellings[r]?.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
            return (mostUsed ?? site).map(readable)
        }
    }

    /// A data set's slug as a name: "west-journal" -> "West Journal". A
    /// name with a capital or a space is left as written, and so is a
    /// domain ("example.com").
    static func readable(_ name: String) -> String {
        guard !name.contains(where: { $0.isUppercase || $0 == " " || $0 == "." }),
              name.contains(where: { $0 == "-" || $0 == "_" }) else { return name }
        return name.split(whereSeparator: { $0 == "-" || $0 == "_" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined(separator: " ")
    }
}
