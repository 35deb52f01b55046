<fmt:message key="${form.isNew() ? 'user.new' : 'user.edit'}" var="title"/>
<t:layout title="${title}" active="pengguna">
<div class="page-head"><h1 class="page-title"><c:out value="${title}"/></h1></div>
<c:if test="${not empty errors}">
    <div class="alert alert-error" role="alert"><fmt:message key="${empty errors['form'] ? 'error.form' : errors['form']}"/></div>
</c:if>
<form method="post" action="<c:url value='/pengguna/simpan'/>" class="form" novalidate>
    <t:csrf/>
    <input type="hidden" name="id" value="<c:out value='${form.id()}'/>">
    <t:field name="username" label="user.username" hint="user.username.hint">
        <input id="f-username" name="username" value="<c:out value='${form.username()}'/>" maxlength="50"
               ${form.isNew() ? 'autofocus' : 'readonly'}>
    </t:field>
    <t:field name="fullName" label="user.fullName">
        <input id="f-fullName" name="fullName" value="<c:out value='${form.fullName()}'/>" maxlength="100">
    </t:field>
    <t:field name="role" label="user.role">
        <select id="f-role" name="role">
            <c:forEach items="${roles}" var="r">
                <option value="${r}" ${r.name() eq form.role() ? 'selected' : ''}><fmt:message key="role.${r}"/></option>
            </c:forEach>
        </select>
    </t:field>
    <t:field name="password" label="user.password" hint="${form.isNew() ? 'user.password.hint' : 'user.password.editHint'}">
        <input id="f-password" type="password" name="password" autocomplete="new-password" maxlength="128">
    </t:field>
    <div class="actions">
        <button type="submit" class="btn btn-primary"><fmt:message key="common.save"/></button>
        <a class="btn" href="<c:url value='/pengguna'/>"><fmt:message key="common.cancel"/></a>
    </div>
</form>
</t:layout>
