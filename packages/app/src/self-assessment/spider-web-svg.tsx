import { buildSpiderWeb, drawSpiderWeb, type SpiderWebInput } from '@relcap/visualizer';
import { useEffect, useRef } from 'preact/hooks';

/** A spider web drawn into an `<svg>` (labels set as text, never markup); redrawn when `input` changes. */
export function SpiderWebSvg(props: { readonly input: SpiderWebInput; readonly id?: string; readonly class?: string }): preact.JSX.Element {
  const ref = useRef<SVGSVGElement>(null);
  useEffect(() => {
    if (ref.current !== null) drawSpiderWeb(ref.current, buildSpiderWeb(props.input));
  }, [props.input]);
  return <svg ref={ref} id={props.id} class={`sa-web ${props.class ?? ''}`} role="img" />;
}
