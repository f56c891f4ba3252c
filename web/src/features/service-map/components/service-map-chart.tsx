import { GraphChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { init, use, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { buildChartOption, type ChartTexts, type NodeAppearance } from '../chart-option';
import type { MapEdge, MapNode } from '../map-model';

use([GraphChart, TooltipComponent, CanvasRenderer]);

interface ServiceMapChartProps {
  nodes: readonly MapNode[];
  edges: readonly MapEdge[];
  texts: ChartTexts;
  onUnitClick: (unitId: string) => void;
  /** Colours nodes by something other than their branch (see buildChartOption). */
  appearance?: NodeAppearance;
}

/** The drawn service map (ECharts, canvas). Loaded lazily: this module pulls in echarts. */
export function ServiceMapChart({ nodes, edges, texts, onUnitClick, appearance }: ServiceMapChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ECharts | null>(null);
  const onUnitClickRef = useRef(onUnitClick);
  onUnitClickRef.current = onUnitClick;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const chart = init(container, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    chart.on('click', (params) => {
      const data = params.data as { id?: unknown } | undefined;
      if (params.dataType === 'node' && typeof data?.id === 'string') onUnitClickRef.current(data.id);
    });
    // Redraw only on a real size change (observe() reports the initial size too, and a
    // redraw of 10,000 edges is not free); a detached or hidden container measures 0×0,
    // which ECharts cannot lay out.
    let size = `${container.clientWidth}x${container.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const next = `${container.clientWidth}x${container.clientHeight}`;
      if (next === size || !container.isConnected || container.clientWidth === 0 || container.clientHeight === 0 || chart.isDisposed())
        return;
      size = next;
      chart.resize();
    });
    observer.observe(container);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(buildChartOption(nodes, edges, texts, appearance), { notMerge: true, lazyUpdate: true });
  }, [nodes, edges, texts, appearance]);

  return <div ref={containerRef} className="service-map__canvas" />;
}
