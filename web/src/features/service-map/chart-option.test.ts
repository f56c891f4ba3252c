import { describe, expect, it } from 'vitest';
import { arrowEdgeLimit, buildChartOption, escapeHtml, sizeByDegree } from './chart-option';
import type { MapEdge, MapNode } from './map-model';

function buildGraph(nodeCount: number, edgeCount: number): { nodes: MapNode[]; edges: MapEdge[] } {
  const nodes = Array.from({ length: nodeCount }, (_, index) => ({
    id: `u${index}`,
    name: `Unit ${index}`,
    path: `Company/Unit ${index}`,
    x: index,
    y: -index,
    depth: index === 0 ? 0 : 1,
    branch: index,
    degree: index % 7,
  }));
  const edges = Array.from({ length: edgeCount }, (_, index) => ({
    id: `r${index}`,
    source: `u${index % nodeCount}`,
    target: `u${(index * 7 + 1) % nodeCount}`,
    providerPath: '',
    customerPath: '',
    serviceNames: [],
  }));
  return { nodes, edges };
}

const texts = { relationships: (count: number) => `${count} relationships` };

describe('buildChartOption', () => {
  it.each([
    { name: 'small map', nodes: 12, edges: 20, labels: true, arrows: true, animation: true },
    { name: 'medium map', nodes: 200, edges: 1000, labels: false, arrows: true, animation: false },
    { name: 'large map', nodes: 1000, edges: 10000, labels: false, arrows: false, animation: false },
    { name: 'just above the arrow limit', nodes: 300, edges: arrowEdgeLimit + 1, labels: false, arrows: false, animation: false },
  ])('$name', ({ nodes: nodeCount, edges: edgeCount, labels, arrows, animation }) => {
    const { nodes, edges } = buildGraph(nodeCount, edgeCount);
    const option = buildChartOption(nodes, edges, texts);
    const series = (Array.isArray(option.series) ? option.series[0] : option.series) as Record<string, unknown>;
    expect(series.layout).toBe('none');
    expect(series.roam).toBe(true);
    expect((series.label as { show: boolean }).show).toBe(labels);
    expect(series.edgeSymbol).toEqual(arrows ? ['none', 'arrow'] : ['none', 'none']);
    expect(option.animation).toBe(animation);
    expect((series.data as unknown[]).length).toBe(nodeCount);
    expect((series.edges as unknown[]).length).toBe(edgeCount);
  });
});

describe('sizeByDegree', () => {
  it.each([false, true])('grows with degree and stays bounded (large: %s)', (isLarge) => {
    const sizes = [0, 1, 4, 16, 100, 10000].map((degree) => sizeByDegree(degree, isLarge));
    expect([...sizes].sort((left, right) => left - right)).toEqual(sizes);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(isLarge ? 14 : 25);
  });
});

describe('escapeHtml', () => {
  it('neutralises markup in unit and service names', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">&\'')).toBe('&#60;img src=x onerror=&#34;alert(1)&#34;&#62;&#38;&#39;');
  });
});

describe('buildChartOption with an appearance', () => {
  it('draws nodes in the given colour and size and adds the note to the tooltip', () => {
    const { nodes, edges } = buildGraph(3, 2);
    const option = buildChartOption(nodes, edges, texts, (node) =>
      node.id === 'u1' ? { colour: '#2166ac', borderColour: '#57606a', size: 20, note: 'Score 4.50' } : undefined,
    );
    const series = (Array.isArray(option.series) ? option.series[0] : option.series) as Record<string, unknown>;
    const data = series.data as { id: string; symbolSize: number; itemStyle?: { color: string } }[];
    expect(data[1]).toMatchObject({ id: 'u1', symbolSize: 20, itemStyle: { color: '#2166ac', borderColor: '#57606a' } });
    expect(data[0]?.itemStyle).toBeUndefined();
    const formatter = (option.tooltip as { formatter: (params: unknown) => string }).formatter;
    expect(formatter({ dataType: 'node', dataIndex: 1 })).toBe('Company/Unit 1<br>Score 4.50<br>1 relationships');
    expect(formatter({ dataType: 'node', dataIndex: 0 })).toBe('Company/Unit 0<br>0 relationships');
  });
});
