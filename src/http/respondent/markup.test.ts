import { describe, expect, it } from 'vitest';
import { SafeHtml, markup } from './markup.js';

describe('the markup template', () => {
  it('escapes interpolated text, in content and attributes', () => {
    const name = `<script>alert("x")</script> & 'Co'`;
    expect(markup`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;</p>',
    );
  });

  it('nests templates and arrays without escaping them twice, and drops null, undefined and false', () => {
    const items = ['a&b', 'c'].map((item) => markup`<li>${item}</li>`);
    expect(markup`<ul>${items}</ul>${null}${undefined}${false}${0}`.value).toBe('<ul><li>a&amp;b</li><li>c</li></ul>0');
    expect(markup`${new SafeHtml('<br>')}`.value).toBe('<br>');
  });
});
