import { ApiProperty } from '@nestjs/swagger';
import { QUEUE_SORTS, QueueSort } from '@tessera/tickets';
import { AgentView, VIEW_COLUMNS, ViewColumn } from '@tessera/views';
import { QueueFilters } from '../../tickets/dto/ticket.request';

export class ViewResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Printers, overdue first' }) name!: string;
  @ApiProperty({ example: 0 }) position!: number;
  @ApiProperty({ enum: VIEW_COLUMNS, isArray: true }) columns!: ViewColumn[];
  @ApiProperty({ enum: QUEUE_SORTS }) sort!: QueueSort;
  @ApiProperty({ type: QueueFilters, description: 'as saved: pass them (and sort) to GET tickets' }) filters!: object;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;

  static of(view: AgentView): ViewResponse {
    const { id, name, position, columns, sort, filters, createdAt, updatedAt } = view;
    return { id, name, position, columns, sort, filters, createdAt, updatedAt };
  }
}
