import { Body, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';
import { CustomFormAdminService } from '@tessera/directory';
import { ChangesPipe, IdParam } from '../http/request-fields';
import { AdminController } from './admin-controller.decorator';
import {
  CreateCustomFieldRequest,
  CreateCustomFormRequest,
  CreateCustomListRequest,
  CustomFieldResponse,
  CustomFormResponse,
  CustomListResponse,
  UpdateCustomFieldRequest,
  UpdateCustomFormRequest,
  UpdateCustomListRequest,
} from './dto/custom-form.dto';

// Custom lists: the managed values choice fields offer.
@AdminController('custom-lists')
export class CustomListsController {
  constructor(private readonly forms: CustomFormAdminService) {}

  @Get()
  @ApiOkResponse({ type: [CustomListResponse] })
  async list(): Promise<CustomListResponse[]> {
    return (await this.forms.lists()).map(CustomListResponse.of);
  }

  @Post()
  @ApiCreatedResponse({ type: CustomListResponse })
  async create(@Body() body: CreateCustomListRequest): Promise<CustomListResponse> {
    return CustomListResponse.of(await this.forms.createList(body));
  }

  @Get(':id')
  @ApiOkResponse({ type: CustomListResponse })
  async get(@IdParam() id: string): Promise<CustomListResponse> {
    return CustomListResponse.of(await this.forms.list(id));
  }

  @Patch(':id')
  @ApiOkResponse({ type: CustomListResponse, description: 'A value taken out of the list stays on the tickets that hold it' })
  async update(@IdParam() id: string, @Body(ChangesPipe) body: UpdateCustomListRequest): Promise<CustomListResponse> {
    return CustomListResponse.of(await this.forms.updateList(id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: '409 directory.in-use while a choice field takes its values' })
  async remove(@IdParam() id: string): Promise<void> {
    await this.forms.deleteList(id);
  }
}

// Custom fields: typed, labelled in each language, with who sees and fills them in.
@AdminController('custom-fields')
export class CustomFieldsController {
  constructor(private readonly forms: CustomFormAdminService) {}

  @Get()
  @ApiOkResponse({ type: [CustomFieldResponse] })
  async list(): Promise<CustomFieldResponse[]> {
    return (await this.forms.fields()).map(CustomFieldResponse.of);
  }

  @Post()
  @ApiCreatedResponse({ type: CustomFieldResponse, description: '409 directory.name-taken for a key already used' })
  async create(@Body() body: CreateCustomFieldRequest): Promise<CustomFieldResponse> {
    return CustomFieldResponse.of(await this.forms.createField(body));
  }

  @Get(':id')
  @ApiOkResponse({ type: CustomFieldResponse })
  async get(@IdParam() id: string): Promise<CustomFieldResponse> {
    return CustomFieldResponse.of(await this.forms.field(id));
  }

  @Patch(':id')
  @ApiOkResponse({ type: CustomFieldResponse })
  async update(@IdParam() id: string, @Body(ChangesPipe) body: UpdateCustomFieldRequest): Promise<CustomFieldResponse> {
    return CustomFieldResponse.of(await this.forms.updateField(id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: '409 directory.in-use while a form shows it; values stay on the tickets' })
  async remove(@IdParam() id: string): Promise<void> {
    await this.forms.deleteField(id);
  }
}

// Custom forms: ordered fields for the tickets of help topics, or for requesters and organizations.
@AdminController('custom-forms')
export class CustomFormsController {
  constructor(private readonly forms: CustomFormAdminService) {}

  @Get()
  @ApiOkResponse({ type: [CustomFormResponse] })
  async list(): Promise<CustomFormResponse[]> {
    return (await this.forms.forms()).map(CustomFormResponse.of);
  }

  @Post()
  @ApiCreatedResponse({ type: CustomFormResponse })
  async create(@Body() body: CreateCustomFormRequest): Promise<CustomFormResponse> {
    return CustomFormResponse.of(await this.forms.createForm(body));
  }

  @Get(':id')
  @ApiOkResponse({ type: CustomFormResponse })
  async get(@IdParam() id: string): Promise<CustomFormResponse> {
    return CustomFormResponse.of(await this.forms.form(id));
  }

  @Patch(':id')
  @ApiOkResponse({ type: CustomFormResponse, description: 'fields and helpTopicIds replace the form’s as a whole' })
  async update(@IdParam() id: string, @Body(ChangesPipe) body: UpdateCustomFormRequest): Promise<CustomFormResponse> {
    return CustomFormResponse.of(await this.forms.updateForm(id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The values its fields hold stay on the tickets' })
  async remove(@IdParam() id: string): Promise<void> {
    await this.forms.deleteForm(id);
  }
}
