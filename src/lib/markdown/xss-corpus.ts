// Known XSS payloads, in HTML and in Markdown, that render.spec.ts feeds to renderMarkdown: none
// may come out as a live tag, handler or dangerous link. Sources: the OWASP XSS filter evasion
// cheat sheet, the PortSwigger XSS cheat sheet and advisories against Markdown renderers.
// Add any payload that a future bug report shows.

export interface XssPayload {
	name: string;
	payload: string;
}

export const XSS_CORPUS: readonly XssPayload[] = [
	// Raw HTML
	{ name: 'script tag', payload: '<script>alert(1)</script>' },
	{ name: 'script src, upper case', payload: '<SCRIPT SRC=//xss.example/x.js></SCRIPT>' },
	{ name: 'split script tag', payload: '<scr<script>ipt>alert(1)</scr</script>ipt>' },
	{ name: 'img onerror', payload: '<img src=x onerror=alert(1)>' },
	{ name: 'img onerror, encoded handler', payload: '<img src="x" onerror="&#97;lert(1)">' },
	{ name: 'svg onload', payload: '<svg onload=alert(1)>' },
	{ name: 'svg with script', payload: '<svg><script>alert(1)</script></svg>' },
	{ name: 'body onload', payload: '<body onload=alert(1)>' },
	{ name: 'details ontoggle', payload: '<details open ontoggle=alert(1)>' },
	{ name: 'input autofocus onfocus', payload: '<input autofocus onfocus=alert(1)>' },
	{ name: 'unknown tag with handler', payload: '<xss onafterscriptexecute=alert(1)>x</xss>' },
	{ name: 'anchor with javascript: href', payload: '<a href="javascript:alert(1)">x</a>' },
	{ name: 'anchor, unquoted javascript: href', payload: '<a href=javascript:alert(1)>x</a>' },
	{ name: 'anchor, entity-encoded href', payload: '<a href="&#x6A;avascript:alert(1)">x</a>' },
	{
		name: 'anchor, newline entity in scheme',
		payload: '<a href="javas&#x0A;cript:alert(1)">x</a>'
	},
	{ name: 'iframe', payload: '<iframe src="javascript:alert(1)"></iframe>' },
	{ name: 'object', payload: '<object data="data:text/html,<script>alert(1)</script>"></object>' },
	{ name: 'embed', payload: '<embed src="javascript:alert(1)">' },
	{ name: 'style expression()', payload: '<div style="width: expression(alert(1))">x</div>' },
	{ name: 'style tag', payload: '<style>body{background:url("javascript:alert(1)")}</style>' },
	{ name: 'math xlink:href', payload: '<math><mi xlink:href="javascript:alert(1)">x</mi></math>' },
	{ name: 'form action', payload: '<form action=javascript:alert(1)><button>x</button></form>' },
	{
		name: 'meta refresh',
		payload: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'
	},
	{ name: 'base href', payload: '<base href="javascript:alert(1)//">' },
	{ name: 'comment breakout', payload: '<!--><script>alert(1)</script>-->' },
	{ name: 'CDATA', payload: '<![CDATA[<script>alert(1)</script>]]>' },
	{ name: 'HTML inside emphasis', payload: '**<img src=x onerror=alert(1)>**' },
	{ name: 'HTML inside a quote', payload: '> <script>alert(1)</script>' },
	{ name: 'HTML block with Markdown inside', payload: '<div onclick="alert(1)">\n\n*x*\n\n</div>' },

	// Markdown links
	{ name: 'javascript: link', payload: '[x](javascript:alert(1))' },
	{ name: 'mixed-case JaVaScRiPt: link', payload: '[x](JaVaScRiPt:alert(1))' },
	{ name: 'hex entity &#x6A;avascript:', payload: '[x](&#x6A;avascript:alert(1))' },
	{
		name: 'decimal entities, no semicolons, zero-padded',
		payload:
			'[x](&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1))'
	},
	{ name: 'named entity &colon;', payload: '[x](javascript&colon;alert(1))' },
	{ name: 'tab entity in scheme', payload: '[x](jav&#x09;ascript:alert(1))' },
	{ name: 'raw tab in pointy destination', payload: '[x](<java\tscript:alert(1)>)' },
	{ name: 'javascript: with // comment', payload: '[x](javascript://%0aalert(1))' },
	{ name: 'leading spaces', payload: '[x](   javascript:alert(1)   )' },
	{ name: 'with a title', payload: '[x](javascript:alert(1) "title")' },
	{ name: 'vbscript:', payload: '[x](vbscript:msgbox(1))' },
	{ name: 'data:text/html', payload: '[x](data:text/html,<script>alert(1)</script>)' },
	{
		name: 'data:text/html base64',
		payload: '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'
	},
	{
		name: 'data:image/svg+xml',
		payload: '[x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'
	},
	{ name: 'file:', payload: '[x](file:///etc/passwd)' },
	{ name: 'backslash before scheme', payload: '[x](\\javascript:alert(1))' },
	{ name: 'autolink javascript:', payload: '<javascript:alert(1)>' },
	{ name: 'autolink with quote breakout', payload: '<http://example.org/"onmouseover="alert(1)>' },
	{ name: 'bare URL with quote breakout', payload: 'www.example.org/"onmouseover="alert(1)' },
	{ name: 'reference link to javascript:', payload: '[x][evil]\n\n[evil]: javascript:alert(1)' },
	{
		name: 'reference definition, title breakout',
		payload: `[x]\n\n[x]: https://example.org 'x" onclick="alert(1)'`
	},
	{
		name: 'title attribute breakout',
		payload: '[x](https://example.org "\\"onmouseover=alert(1) x=\\"")'
	},
	{ name: 'href attribute breakout', payload: '[x](https://example.org"onmouseover="alert(1))' },
	{ name: 'fragment with HTML', payload: '[x](#"><script>alert(1)</script>)' },
	{ name: 'nested brackets', payload: '[[x](javascript:alert(1))](https://example.org)' },
	{
		name: 'link inside image inside link',
		payload: '[![a](javascript:alert(1))](javascript:alert(2))'
	},
	{ name: 'line separator before scheme', payload: '[x](<\u2028javascript:alert(1)>)' },
	{ name: 'paragraph separator inside scheme', payload: '[x](<java\u2029script:alert(1)>)' },
	{ name: 'zero-width space inside scheme', payload: '[x](java\u200bscript:alert(1))' },
	{ name: 'NUL inside scheme', payload: '[x](java\u0000script:alert(1))' },

	// Images
	{ name: 'image attribute breakout', payload: '![x](x" onerror="alert(1))' },
	{ name: 'image javascript: source', payload: '![x](javascript:alert(1))' },
	{
		name: 'image with HTML alt',
		payload: '![<img src=x onerror=alert(1)>](https://example.org/a.png)'
	},
	{
		name: 'image, onerror in title',
		payload: '![x](https://example.org/a.png "\\" onerror=\\"alert(1)")'
	},

	// Code must stay text
	{ name: 'script in backticks', payload: '`<script>alert(1)</script>`' },
	{ name: 'script in fenced code', payload: '```html\n<script>alert(1)</script>\n```' },
	{ name: 'fence info string breakout', payload: '```"><script>alert(1)</script>\nx\n```' },

	// Added with the DOMPurify comparison (README, "Markdown sanitiser"). Entity-encoded schemes
	{
		name: 'decimal entities with semicolons',
		payload: '[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))'
	},
	{
		name: 'anchor, hex entities without semicolons',
		payload: '<a href="&#x6a&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3a;alert(1)">x</a>'
	},
	{ name: 'encoded colon &#x3A;', payload: '[x](javascript&#x3A;alert(1))' },
	{ name: 'anchor, named &colon;', payload: '<a href="javascript&colon;alert(1)">x</a>' },
	{
		name: 'named &Tab; and &NewLine; in scheme',
		payload: '[x](jav&Tab;ascr&NewLine;ipt:alert(1))'
	},

	// Control characters
	{ name: 'C0 control before scheme', payload: '[x](\u0001javascript:alert(1))' },
	{
		name: 'anchor, C0 control before scheme',
		payload: '<a href="\u0010javascript:alert(1)">x</a>'
	},
	{ name: 'carriage return entity in scheme', payload: '[x](java&#13;script:alert(1))' },
	{ name: 'form feed before scheme', payload: '[x](<\fjavascript:alert(1)>)' },

	// SVG and MathML
	{
		name: 'svg anchor with xlink:href',
		payload: '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">x</text></a></svg>'
	},
	{
		name: 'svg animate onbegin',
		payload: '<svg><animate onbegin=alert(1) attributeName=x dur=1s>'
	},
	{
		name: 'svg animate sets href',
		payload:
			'<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>x</text></a></svg>'
	},
	{
		name: 'math with an HTML anchor',
		payload:
			'<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>'
	},

	// Attribute breakouts
	{
		name: 'no space between attributes',
		payload: '<a href="https://example.org" title="x"onmouseover="alert(1)">x</a>'
	},
	{
		name: '> inside a quoted attribute',
		payload: '<a title="a>b" href="javascript:alert(1)">x</a>'
	},
	{ name: 'slash as attribute separator', payload: '<a/href="javascript:alert(1)">x</a>' },
	{ name: 'backtick-quoted attribute', payload: '<img src=`x` onerror=alert(1)>' },

	// Mutation XSS: markup a string sanitiser and the browser's parser read differently
	{
		name: 'mXSS: svg, </p> and style',
		payload: '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">'
	},
	{
		name: 'mXSS: math, mtext, table and mglyph',
		payload: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'
	},
	{
		name: 'mXSS: nested forms and math',
		payload: '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>'
	},
	{
		name: 'mXSS: noscript with a title',
		payload: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'
	},
	{
		name: 'mXSS: textarea inside svg inside math',
		payload:
			'<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert(1) src=1>">'
	},
	{
		name: 'mXSS: comment inside an attribute',
		payload: '<!--<img src="--><img src=x onerror=alert(1)//">'
	}
];
