package input

import (
	"bytes"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/kg-project/kg/extract"
)

// skipped elements never hold article prose.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Figure: true,
	atom.Figcaption: true, atom.Form: true, atom.Button: true, atom.Iframe: true,
	atom.Svg: true, atom.Template: true, atom.Select: true, atom.Textarea: true,
	atom.Head: true, atom.Menu: true, atom.Dialog: true, atom.Object: true,
}

// block elements end a paragraph.
var block = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Section: true, atom.Article: true, atom.Main: true, atom.Blockquote: true,
	atom.Tr: true, atom.Table: true, atom.Pre: true, atom.Dd: true, atom.Dt: true, atom.Hr: true,
}

// widgetClass matches class or id values of page furniture: share bars,
// related links, captions, comment threads, ads and cookie notices.
var widgetClass = regexp.MustCompile(`(?i)(^|[\s_-])(share|sharing|social|related|newsletter|subscribe|cookie|consent|promo|advert|ads?|banner|caption|credit|comments?|breadcrumbs?|menu|sidebar|footer|header|nav|navigation|toolbar|byline-tools|tags?|signup|paywall|popup|modal)($|[\s_-])`)

// ParseHTML extracts an article from a web page: its title, date and URL
// from the head's metadata, and the main text with navigation, headers,
// footers, scripts, styles, figure captions and share widgets dropped.
// When the page has an <article> or <main> element, only it is read.
func ParseHTML(data []byte) extract.Article {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil { // html.Parse only fails on reader errors
		return extract.Article{}
	}
	var a extract.Article
	var titleTag, h1 string
	var root *html.Node
	var walkMeta func(n *html.Node)
	walkMeta = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if titleTag == "" {
					titleTag = strings.TrimSpace(textOf(n))
				}
			case atom.H1:
				if h1 == "" {
					h1 = strings.TrimSpace(textOf(n))
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				val := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:title":
					if a.Title == "" {
						a.Title = val
					}
				case "og:url":
					if a.URL == "" {
						a.URL = val
					}
				case "article:published_time", "date", "pubdate", "datepublished", "dc.date", "publish-date":
					if a.Date == "" {
						a.Date = NormalizeDate(val)
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && a.URL == "" {
					a.URL = attr(n, "href")
				}
			case atom.Time:
				if a.Date == "" && attr(n, "datetime") != "" {
					a.Date = NormalizeDate(attr(n, "datetime"))
				}
			case atom.Article, atom.Main:
				if root == nil {
					root = n
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walkMeta(c)
		}
	}
	walkMeta(doc)
	if a.Title == "" {
		a.Title = titleTag
	}
	if a.Title == "" {
		a.Title = h1
	}
	if root == nil {
		root = doc
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(collapse(n.Data))
			return
		case html.ElementNode:
			if skipped[n.DataAtom] || widgetClass.MatchString(attr(n, "class")) || widgetClass.MatchString(attr(n, "id")) ||
				strings.EqualFold(attr(n, "aria-hidden"), "true") || hasAttr(n, "hidden") {
				return
			}
			if n.DataAtom == atom.H1 && strings.TrimSpace(textOf(n)) == a.Title {
				return
			}
		}
		isBlock := n.Type == html.ElementNode && block[n.DataAtom]
		if isBlock {
			b.WriteString("\n\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if isBlock {
			b.WriteString("\n\n")
		}
	}
	walk(root)
	a.Text = tidyParagraphs(b.String())
	return a
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var f func(*html.Node)
	f = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
	return collapse(b.String())
}

// collapse turns runs of white space into one space.
func collapse(s string) string {
	if !strings.ContainsAny(s, "\n\t\r\u00a0") && !strings.Contains(s, "  ") {
		return s
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\u00a0' {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// tidyParagraphs trims each paragraph and joins them with one blank line.
func tidyParagraphs(s string) string {
	parts := strings.Split(s, "\n\n")
	out := parts[:0]
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "\n\n")
}
