import { Get, Query } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { StaffPrincipal } from '@tessera/auth';
import { TicketTagService } from '@tessera/tickets';
import { InstanceController } from '../instance/instance-controller.decorator';
import { CurrentStaff } from '../instance/instance-request';
import { TagQuery, TagResponse } from './dto/tag.dto';

// The instance's tags, for completion while an agent types one.
@InstanceController('tags', 'tickets')
export class TagsController {
  constructor(private readonly tags: TicketTagService) {}

  @Get()
  @ApiOkResponse({ type: [TagResponse], description: 'the instance’s tags starting with prefix, alphabetically' })
  async complete(@CurrentStaff() _principal: StaffPrincipal, @Query() query: TagQuery): Promise<TagResponse[]> {
    return (await this.tags.complete(query.prefix ?? '', query.limit ?? 10)).map((name) => ({ name }));
  }
}
