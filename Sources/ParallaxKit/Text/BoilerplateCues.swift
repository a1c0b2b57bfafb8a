/// Cue lists for web-page furniture. They describe how news sites build
/// pages in general (navigation, media players, promos, credits), not any
/// one article.
enum BoilerplateCues {
    /// Whole lines that are navigation or page chrome (compared lowercased,
    /// without trailing punctuation).
    static let navigation: Set<String> = [
        "accessibility links", "breaking news", "you are here", "skip to content", "skip to main content",
        "skip to navigation", "main menu", "menu", "search", "home", "share", "share this", "share this article",
        "share this story", "share on facebook", "share on twitter", "tweet", "email", "e-mail", "print",
        "comments", "comment", "advertisement", "ad", "sponsored", "sponsored content", "subscribe", "sign in",
        "log in", "login", "sign up", "register", "newsletter", "related", "related articles", "related stories",
        "related content", "read more", "more from", "most read", "most popular", "most viewed", "trending",
        "recommended", "recommended for you", "you may also like", "top stories", "latest news", "latest",
        "see also", "back to top", "next article", "previous article", "next", "previous", "close", "open",
        "toggle navigation", "follow us", "copy link", "link copied", "embed", "listen", "listen to this article",
        "watch", "video", "photo", "image", "gallery", "audio", "play", "pause", "mute", "fullscreen",
        "about the writer", "about the author", "about the authors", "author", "editor's picks",
        "editors' picks", "topics", "tags", "languages", "en", "español", "print this page",
    ]

    /// Lines left by embedded media players.
    static let player: Set<String> = [
        "please wait", "no media source currently available", "loading", "loading video", "video loading",
        "your browser does not support the video tag", "this video is not available", "replay", "autoplay",
    ]

    /// The longest whole-line cue, in bytes: longer lines need no look-up.
    static let longestLineCue = navigation.union(player).map(\.utf8.count).max()!

    /// Lines after which the article is over: whatever follows is page furniture.
    static let footerMarkers: Set<String> = [
        "about the writer", "about the author", "about the authors", "related", "related articles",
        "related stories", "related content", "read more", "more from", "most read", "most popular",
        "most viewed", "recommended", "recommended for you", "you may also like", "comments",
        "share this article", "share this story", "sponsored content", "trending", "more stories",
        "more on this story", "latest news", "top stories", "editor's picks", "editors' picks",
    ]

    /// Phrases that mark promos, subscription pitches and legal lines.
    static let promoPhrases = PhraseList([
        "click here", "tap here", "sign up for", "subscribe to", "subscribe now", "follow us on",
        "download the app", "download our app", "ad-free", "all rights reserved", "copyright ©", "©",
        "privacy policy", "terms of use", "terms of service", "cookie policy", "delivered to your door",
        "support our journalism", "become a member", "get the latest", "in your inbox",
    ])

    /// Credit lines that close a story ("With reporting by Reuters and AFP").
    static let closingCreditPhrases = [
        "with reporting by", "reporting by", "additional reporting by", "with additional reporting",
        "with additional reporting by", "compiled by", "editing by", "edited by", "with files from",
        "written by", "with reporting from",
    ]
    static let closingCredits = PhraseList(closingCreditPhrases)

    /// Words that, after an outlet's name, make a line a self-description
    /// ("Newsweek is committed to ...", "RFE/RL journalists report ...").
    static let selfDescriptionVerbs: [String] = [
        "is committed", "is dedicated", "journalists", "reporters", "correspondents", "is an independent",
        "is a nonprofit", "is a non-profit", "is a private", "is funded", "was founded", "is part of",
        "has been declared", "provides", "uses ai", "is a member", "is owned",
    ]

    /// Words inside a caption's parentheses that say where someone stands in
    /// the picture: "(left)", "(L)", "(second from right)", "(facing)".
    static let pictureSides: Set<String> = [
        "left", "right", "center", "centre", "facing", "top", "bottom", "front", "back", "rear",
        "foreground", "background", "second", "third", "fourth", "2nd", "3rd", "4th", "from", "far",
        "to", "l-r", "r-l", "l", "r", "c", "clockwise", "above", "below", "pictured", "inset",
    ]

    /// A caption may open with one of these and a colon: "WATCH: ...".
    static let mediaPrefixes: Set<String> = [
        "watch", "video", "photo", "photos", "listen", "audio", "gallery", "pictured", "slideshow", "graphic",
    ]

    /// Phrases in a caption's closing credit: "(Photo by ...)", "Getty Images".
    static let photoCreditPhrases = PhraseList([
        "getty images", "photo by", "photo:", "photograph:", "photograph by", "image:", "credit:",
        "pictured:", "(photo", "/ap", "/afp", "/reuters", "/epa", "/tass", "/sputnik", "/pool",
    ])
}
