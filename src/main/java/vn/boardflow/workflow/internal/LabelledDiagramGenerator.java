package vn.boardflow.workflow.internal;

import java.util.List;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.CompensateEventDefinition;
import org.flowable.bpmn.model.ConditionalEventDefinition;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.ErrorEventDefinition;
import org.flowable.bpmn.model.EscalationEventDefinition;
import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.EventDefinition;
import org.flowable.bpmn.model.EventGateway;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.InclusiveGateway;
import org.flowable.bpmn.model.IntermediateCatchEvent;
import org.flowable.bpmn.model.MessageEventDefinition;
import org.flowable.bpmn.model.ParallelGateway;
import org.flowable.bpmn.model.SignalEventDefinition;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.ThrowEvent;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.image.impl.DefaultProcessDiagramCanvas;
import org.flowable.image.impl.DefaultProcessDiagramGenerator;

/**
 * Draws the names of events and gateways where people can read them. Flowable's own generator writes an event's name
 * from the event's top-left corner across the circle, so the names of boundary events sitting side by side on a task
 * run into each other and into the task's text, and it leaves the names of start and end events and gateways out.
 * This one draws those shapes without a name, then the name at the label bounds the BPMN gives the shape
 * ({@code bpmndi:BPMNLabel}), or else centred just below the shape. Flowable sizes the picture by shapes and lines
 * only, so a name past the lowest or rightmost shape is cut off: the BPMN files keep their labels inside. Draws at
 * scale 1, as the parent's no-argument constructor does.
 */
final class LabelledDiagramGenerator extends DefaultProcessDiagramGenerator {

    /** {@link DefaultProcessDiagramCanvas#drawLabel} wraps lines at 100 px whatever the bounds' width. */
    private static final double LABEL_WIDTH = 100;
    private static final double LABEL_GAP = 4;

    LabelledDiagramGenerator() {
        // These draw no names themselves: keep the shapes, add the names.
        for (var type : List.of(StartEvent.class, ThrowEvent.class, ExclusiveGateway.class, InclusiveGateway.class,
                ParallelGateway.class, EventGateway.class)) {
            ActivityDrawInstruction shape = activityDrawInstructions.get(type);
            activityDrawInstructions.put(type, (canvas, model, node) -> {
                shape.draw(canvas, model, node);
                drawName(canvas, model, node);
            });
        }
        // These would draw the name over the shape: draw the shape by its no-name overload instead.
        activityDrawInstructions.put(EndEvent.class, (canvas, model, node) -> {
            GraphicInfo shape = model.getGraphicInfo(node.getId());
            EventDefinition definition = definition(node);
            if (definition instanceof ErrorEventDefinition) {
                canvas.drawErrorEndEvent(shape, 1.0);
            } else if (definition instanceof EscalationEventDefinition) {
                canvas.drawEscalationEndEvent(shape, 1.0);
            } else {
                canvas.drawNoneEndEvent(shape, 1.0);
            }
            drawName(canvas, model, node);
        });
        activityDrawInstructions.put(IntermediateCatchEvent.class, (canvas, model, node) -> {
            if (drawCatching(canvas, model.getGraphicInfo(node.getId()), definition(node), true)) {
                drawName(canvas, model, node);
            }
        });
        activityDrawInstructions.put(BoundaryEvent.class, (canvas, model, node) -> {
            BoundaryEvent event = (BoundaryEvent) node;
            GraphicInfo shape = model.getGraphicInfo(node.getId());
            boolean drawn = drawCatching(canvas, shape, definition(node), event.isCancelActivity());
            if (!drawn && event.getExtensionElements().containsKey("eventType")) {
                canvas.drawCatchingEventRegistryEvent(shape, event.isCancelActivity(), 1.0);
                drawn = true;
            }
            if (drawn) {
                drawName(canvas, model, node);
            }
        });
    }

    /** Draws a catching event's circle and symbol; false for a kind Flowable has no picture for. */
    private static boolean drawCatching(DefaultProcessDiagramCanvas canvas, GraphicInfo shape,
                                        EventDefinition definition, boolean interrupting) {
        switch (definition) {
            case TimerEventDefinition timer -> canvas.drawCatchingTimerEvent(shape, interrupting, 1.0);
            case MessageEventDefinition message -> canvas.drawCatchingMessageEvent(shape, interrupting, 1.0);
            case SignalEventDefinition signal -> canvas.drawCatchingSignalEvent(shape, interrupting, 1.0);
            case ConditionalEventDefinition condition -> canvas.drawCatchingConditionalEvent(shape, interrupting, 1.0);
            case ErrorEventDefinition error -> canvas.drawCatchingErrorEvent(shape, interrupting, 1.0);
            case EscalationEventDefinition escalation -> canvas.drawCatchingEscalationEvent(shape, interrupting, 1.0);
            case CompensateEventDefinition compensation -> canvas.drawCatchingCompensateEvent(shape, interrupting, 1.0);
            case null, default -> {
                return false;
            }
        }
        return true;
    }

    private static EventDefinition definition(FlowNode node) {
        List<EventDefinition> definitions = ((Event) node).getEventDefinitions();
        return definitions == null || definitions.isEmpty() ? null : definitions.getFirst();
    }

    /** At the BPMN's label bounds unless they cover the shape, else centred below the shape. */
    private static void drawName(DefaultProcessDiagramCanvas canvas, BpmnModel model, FlowNode node) {
        GraphicInfo shape = model.getGraphicInfo(node.getId());
        GraphicInfo label = model.getLabelGraphicInfo(node.getId());
        if (label == null || overlaps(label, shape)) {
            label = new GraphicInfo();
            label.setX(shape.getX() + (shape.getWidth() - LABEL_WIDTH) / 2);
            label.setY(shape.getY() + shape.getHeight() + LABEL_GAP);
            label.setWidth(LABEL_WIDTH);
        }
        canvas.drawLabel(node.getName(), label, true);
    }

    private static boolean overlaps(GraphicInfo a, GraphicInfo b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }
}
