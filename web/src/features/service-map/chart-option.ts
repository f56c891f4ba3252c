import type { GraphSeriesOption } from 'echarts/charts';
import type { TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { MapEdge, MapNode } from './map-model';

export type ServiceMapChartOption = ComposeOption<GraphSeriesOption | TooltipComponentOption>;

/** Colours of the top-level branches: distinct, and at least 3:1 against white. */
const branchColours = ['#1f6feb', '#bf3989', '#1a7f37', '#9a6700', '#8250df', '#cf222e', '#0a7a8a', '#bc4c00', '#4b5fbd', '#6e7781'];
const rootColour = '#24292f';

/** Beyond these sizes the map drops labels, animation, curves and hover focus to stay fluid. */
const largeNodeCount = 150;
const largeEdgeCount = 1500;
/** Arrowheads are one extra shape per edge; beyond this many edges they make panning sluggish. */
export const arrowEdgeLimit = 2500;

/** Texts the tooltip needs, already translated. */
export interface ChartTexts {
  relationships: (count: number) => string;
}

/** How one node is drawn instead of the branch colour (the results map colours providers by score). */
export interface NodeLook {
  colour: string;
  borderColour: string;
  /** Diameter in pixels; by degree when left out. */
  size?: number;
  /** A line for the tooltip, already translated (e.g. the score). */
  note?: string;
}

/** Gives each node its look; undefined keeps the branch colour. */
export type NodeAppearance = (node: MapNode) => NodeLook | undefined;

/**
 * Builds the ECharts option: a graph with fixed positions (never the force layout),
 * edges provider → customer, node size by degree, colour by top-level branch (or by
 * `appearance`, when given).
 */
export function buildChartOption(
  nodes: readonly MapNode[],
  edges: readonly MapEdge[],
  texts: ChartTexts,
  appearance?: NodeAppearance,
): ServiceMapChartOption {
  const isLarge = nodes.length > largeNodeCount || edges.length > largeEdgeCount;
  const hasArrows = edges.length <= arrowEdgeLimit;
  const showLabels = nodes.length <= 80;
  return {
    animation: !isLarge,
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params) => describeItem(Array.isArray(params) ? params[0] : params, { nodes, edges, texts, appearance }),
    },
    series: [
      {
        type: 'graph',
        layout: 'none',
        // Room for the labels, which sit to the right of their points.
        top: 24,
        bottom: 24,
        left: 24,
        right: showLabels ? 120 : 24,
        roam: true,
        scaleLimit: { min: 0.2, max: 40 },
        draggable: false,
        categories: [
          ...branchColours.map((colour) => ({ name: colour, itemStyle: { color: colour } })),
          { name: 'root', itemStyle: { color: rootColour } },
        ],
        itemStyle: { borderColor: '#ffffff', borderWidth: isLarge ? 0 : 1 },
        edgeSymbol: hasArrows ? ['none', 'arrow'] : ['none', 'none'],
        edgeSymbolSize: isLarge ? 4 : 7,
        label: { show: showLabels, position: 'right', fontSize: 11, color: '#24292f' },
        labelLayout: showLabels ? { hideOverlap: true } : undefined,
        lineStyle: {
          color: '#57606a',
          width: isLarge ? 0.5 : 1.2,
          opacity: edges.length > 5000 ? 0.12 : isLarge ? 0.22 : 0.55,
          curveness: isLarge ? 0 : 0.12,
        },
        emphasis: isLarge
          ? { focus: 'none', label: { show: true }, lineStyle: { opacity: 0.9, width: 1.5 } }
          : { focus: 'adjacency', label: { show: true }, lineStyle: { opacity: 1, width: 2 } },
        data: nodes.map((node) => {
          const look = appearance?.(node);
          return {
            id: node.id,
            name: node.name,
            x: node.x,
            y: node.y,
            value: node.degree,
            symbolSize: look?.size ?? sizeByDegree(node.degree, isLarge),
            category: node.depth === 0 ? branchColours.length : node.branch % branchColours.length,
            ...(look ? { itemStyle: { color: look.colour, borderColor: look.borderColour, borderWidth: 1 } } : {}),
          };
        }),
        edges: edges.map((edge) => ({ source: edge.source, target: edge.target })),
      },
    ],
  };
}

/** Node diameter in pixels: grows with the square root of the degree, capped; smaller on big maps. */
export function sizeByDegree(degree: number, isLarge: boolean): number {
  return isLarge ? 4 + Math.min(10, Math.sqrt(degree) * 1.2) : 7 + Math.min(18, Math.sqrt(degree) * 3);
}

interface DescribeContext {
  nodes: readonly MapNode[];
  edges: readonly MapEdge[];
  texts: ChartTexts;
  appearance: NodeAppearance | undefined;
}

function describeItem(params: unknown, { nodes, edges, texts, appearance }: DescribeContext): string {
  const { dataType, dataIndex } = (params ?? {}) as { dataType?: string; dataIndex?: number };
  if (dataIndex === undefined) return '';
  if (dataType === 'edge') {
    const edge = edges[dataIndex];
    return edge ? `${escapeHtml(edge.providerPath)} → ${escapeHtml(edge.customerPath)}<br>${escapeHtml(edge.serviceNames.join(', '))}` : '';
  }
  const node = nodes[dataIndex];
  if (!node) return '';
  const note = appearance?.(node)?.note;
  return `${escapeHtml(node.path)}${note ? `<br>${escapeHtml(note)}` : ''}<br>${escapeHtml(texts.relationships(node.degree))}`;
}

/** Tooltips are HTML: unit and service names must not be able to inject markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
