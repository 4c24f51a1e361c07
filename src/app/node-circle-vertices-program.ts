// Sigma's circle nodes drawn without instancing: NodeCircleProgram's own shaders, each node written out as
// its three vertices instead of one instance of a shared triangle. Same pixels. In software WebGL
// (SwiftShader, what these machines and headless browsers have) an instanced draw costs per instance
// several times what plain vertices cost: the UN graph's 8,904 nodes took 0.75–0.9 s a frame instanced,
// 0.3 s as vertices (BENCHMARKS.md, issue 13). Side effects: WebGL, when sigma runs it.
import type { Attributes } from "graphology-types";
import { NodeCircleProgram, NodeProgram, type ProgramInfo } from "sigma/rendering";
import type { NodeDisplayData, RenderParams } from "sigma/types";
import { floatColor } from "sigma/utils";

const UNIFORMS = ["u_sizeRatio", "u_correctionRatio", "u_matrix"] as const;
/** The three corners of the triangle around each node's circle, as NodeCircleProgram places them. */
const ANGLES = [NodeCircleProgram.ANGLE_1, NodeCircleProgram.ANGLE_2, NodeCircleProgram.ANGLE_3];

/** Circle nodes as NodeCircleProgram draws them, as plain vertices: pass it as sigma's `circle` node program. */
export class NodeCircleVerticesProgram<N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes> extends NodeProgram<(typeof UNIFORMS)[number], N, E, G> {
  getDefinition() {
    const circle = NodeCircleProgram.prototype.getDefinition();
    return {
      VERTICES: ANGLES.length,
      VERTEX_SHADER_SOURCE: circle.VERTEX_SHADER_SOURCE,
      FRAGMENT_SHADER_SOURCE: circle.FRAGMENT_SHADER_SOURCE,
      METHOD: circle.METHOD,
      UNIFORMS,
      // The instance's attributes, then the corner's angle (the instanced program's constant attribute).
      ATTRIBUTES: [...circle.ATTRIBUTES, ...circle.CONSTANT_ATTRIBUTES],
    };
  }

  processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void {
    const array = this.array;
    const color = floatColor(data.color);
    let i = startIndex;
    for (const angle of ANGLES) {
      array[i++] = data.x;
      array[i++] = data.y;
      array[i++] = data.size;
      array[i++] = color;
      array[i++] = nodeIndex;
      array[i++] = angle;
    }
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<(typeof UNIFORMS)[number]>): void {
    gl.uniform1f(uniformLocations.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
  }
}
